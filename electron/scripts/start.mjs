// `npm start`: the desktop app. Fetches the Electron binary on first use, builds better-sqlite3
// for Electron once, builds the app and starts it. Ends with one clear sentence when a piece
// cannot be had (no internet), never a stack trace.
import path from 'node:path';
import { ROOT, electronBinary, electronVersion, fail, nativeFile, run } from './lib.mjs';
import fs from 'node:fs';

if (!electronBinary()) {
  console.log(`Downloading the Electron ${electronVersion()} binary (first start only)…`);
  const status = run(process.execPath, [path.join(ROOT, 'node_modules/electron/install.js')], { stdio: 'ignore', timeout: 300_000 });
  if (status !== 0 || !electronBinary()) {
    fail(
      `the Electron ${electronVersion()} binary is missing and could not be downloaded (no internet access?): run \`npm start\` again where github.com is reachable, or use \`npm run web\` to run Rencana in your browser.`,
    );
  }
}
if (!fs.existsSync(nativeFile())) {
  if (run(process.execPath, [path.join(ROOT, 'electron/scripts/native-electron.mjs')]) !== 0) process.exit(1);
}
const cli = path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js');
process.exitCode = run(process.execPath, [cli, 'preview', ...process.argv.slice(2)]);
