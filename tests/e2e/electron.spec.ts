import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, test, expect } from '@playwright/test';
import { tempDataDir } from './core';
import { electronBinary, electronSkipReason } from './electron-env';

const ROOT = path.resolve(import.meta.dirname, '../..');
const binary = electronBinary();
const skipReason = electronSkipReason();

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
