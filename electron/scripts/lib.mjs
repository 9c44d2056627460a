// Shared helpers for the launcher scripts (plain Node, no build step needed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
}

/** The downloaded Electron executable, or null if it has not been fetched yet. */
export function electronBinary() {
  const pathFile = path.join(ROOT, 'node_modules/electron/path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const bin = path.join(ROOT, 'node_modules/electron/dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(bin) ? bin : null;
}

export const nativeDir = () => path.join(ROOT, '.native', `electron-${electronVersion()}`);
export const nativeFile = () => path.join(nativeDir(), 'better_sqlite3.node');

/** Runs a command with inherited output; returns its exit status. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  return r.status ?? 1;
}

/** Is the renderer/main build older than any source file? */
export function buildIsStale() {
  const out = path.join(ROOT, 'out/main/web.js');
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  const newer = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return e.name !== 'node_modules' && newer(p);
      return fs.statSync(p).mtimeMs > built;
    });
  return ['electron', 'renderer', 'shared', 'resources'].some((d) => fs.existsSync(path.join(ROOT, d)) && newer(path.join(ROOT, d)));
}

export function fail(sentence) {
  console.error(`\nRencana: ${sentence}\n`);
  process.exit(1);
}
