// Builds better-sqlite3 for Electron's ABI into .native/electron-<version>/, outside
// node_modules, so the Node build that the tests use is never overwritten (DESIGN.md §3).
// The app loads it through better-sqlite3's `nativeBinding` option.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, electronVersion, fail, nativeDir, nativeFile } from './lib.mjs';

if (fs.existsSync(nativeFile()) && !process.argv.includes('--force')) {
  console.log(`better-sqlite3 for Electron ${electronVersion()} is ready: ${path.relative(ROOT, nativeFile())}`);
  process.exit(0);
}

const version = electronVersion();
const src = path.join(ROOT, 'node_modules/better-sqlite3');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-native-'));
for (const item of ['package.json', 'binding.gyp', 'src', 'deps']) {
  fs.cpSync(path.join(src, item), path.join(work, item), { recursive: true });
}

// A `nodedir` from npm's config would make node-gyp compile against Node's headers and
// "succeed" with the wrong ABI: drop every inherited setting and name Electron's headers.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k)));
const gyp = path.join(ROOT, 'node_modules/node-gyp/bin/node-gyp.js');
console.log(`Building better-sqlite3 for Electron ${version} (needs Electron's headers from the internet once)…`);
const r = spawnSync(
  process.execPath,
  [gyp, 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers', `--devdir=${path.join(os.homedir(), '.electron-gyp')}`],
  { cwd: work, env, stdio: 'inherit' },
);
const built = path.join(work, 'build/Release/better_sqlite3.node');
if (r.status !== 0 || !fs.existsSync(built)) {
  fs.rmSync(work, { recursive: true, force: true });
  fail(`better-sqlite3 could not be built for Electron ${version}: node-gyp needs Electron's headers (downloaded from electronjs.org) and a C++ toolchain; run \`npm run native:electron\` again where the internet is reachable.`);
}

// A build Node can load is a Node-ABI build: exactly the false success we must not ship.
const probe = spawnSync(process.execPath, ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(built)})`], { encoding: 'utf8' });
if (probe.status === 0) {
  fs.rmSync(work, { recursive: true, force: true });
  fail('the addon was built for Node, not Electron (a nodedir setting in ~/.npmrc?); nothing was installed.');
}
fs.mkdirSync(nativeDir(), { recursive: true });
fs.copyFileSync(built, nativeFile());
fs.rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${version} is ready: ${path.relative(ROOT, nativeFile())}`);
