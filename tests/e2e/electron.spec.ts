import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, test, expect } from '@playwright/test';
import { tempDataDir } from './core';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the Electron binary is, if it has been downloaded (it is fetched on first use). */
function electronBinary(): string | null {
  const pathFile = path.join(ROOT, 'node_modules/electron/path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const bin = path.join(ROOT, 'node_modules/electron/dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(bin) ? bin : null;
}
const binary = electronBinary();
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const nativeBuilt = fs.existsSync(path.join(ROOT, '.native', `electron-${version}`, 'better_sqlite3.node'));

const skipReason = !binary
  ? 'the Electron binary is not downloaded on this machine (it is fetched from the internet on first use): run `npm start` where the internet is reachable'
  : !nativeBuilt
    ? 'better-sqlite3 is not built for Electron here: run `npm run native:electron` (it needs Electron headers from the internet)'
    : null;
// The list reporter shows a skip without its reason; say it where CI logs will show it.
if (skipReason) console.log(`Electron smoke spec skipped: ${skipReason}.`);

test.describe('Electron shell', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  test('starts, shows the window with a sandboxed renderer and reaches the core', async () => {
    const dataDir = tempDataDir();
    const app = await electron.launch({ executablePath: binary!, args: [ROOT, '--data-dir', dataDir] });
    const win = await app.firstWindow();
    await expect(win.getByRole('navigation')).toBeVisible();
    expect(await win.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await win.evaluate(() => typeof (window as { rencana?: { call?: unknown } }).rencana?.call)).toBe('function');
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
