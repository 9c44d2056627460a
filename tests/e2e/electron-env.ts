import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the Electron binary is, if it has been downloaded (it is fetched on first use). */
export function electronBinary(): string | null {
  const pathFile = path.join(ROOT, 'node_modules/electron/path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const bin = path.join(ROOT, 'node_modules/electron/dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(bin) ? bin : null;
}

const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const nativeBuilt = () => fs.existsSync(path.join(ROOT, '.native', `electron-${version}`, 'better_sqlite3.node'));

/** Why the Electron smoke spec cannot run here, or null when it can. */
export function electronSkipReason(): string | null {
  if (!electronBinary()) {
    return 'the Electron binary is not downloaded on this machine (it is fetched from the internet on first use): run `npm start` where the internet is reachable';
  }
  if (!nativeBuilt()) return 'better-sqlite3 is not built for Electron here: run `npm run native:electron` (it needs Electron headers from the internet)';
  return null;
}
