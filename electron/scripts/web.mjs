// `npm run web [-- --data-dir DIR] [--port N]`: build if sources changed, then serve the real
// renderer against the real core on 127.0.0.1 (DESIGN.md §4). Prints RENCANA_URL=… when ready.
import path from 'node:path';
import { ROOT, buildIsStale, fail, run } from './lib.mjs';

if (buildIsStale()) {
  console.log('Building Rencana…');
  if (run(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']) !== 0) {
    fail('the build failed; see the messages above.');
  }
}
// A stable address by default, so a bookmark (and the tab's unsaved-copy journal) survives a restart.
const args = process.argv.slice(2);
const portArgs = args.some((a) => a === '--port' || a.startsWith('--port=')) ? [] : ['--port', '5180', '--port-fallback'];
process.exitCode = run(process.execPath, [path.join(ROOT, 'out/main/web.js'), ...portArgs, ...args]);
