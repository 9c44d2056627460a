// Electron security review with @doyensec/electronegativity (DESIGN.md §8), run by `npm test`
// on the built app. Findings are printed; a HIGH-severity one fails the run.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, electronVersion, run } from './lib.mjs';

const outDir = path.join(ROOT, 'test-results');
fs.mkdirSync(outDir, { recursive: true });
const bin = path.join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js');
let high = 0;
// One scan of the whole build, so global checks see main's navigation and permission handlers.
// (The minified renderer bundle is not parsed by its old parser; its index.html and CSP are.)
for (const target of ['out']) {
  const csv = path.join(outDir, 'electronegativity.csv');
  const status = run(process.execPath, [bin, '-i', target, '-r', '-e', electronVersion(), '-v', 'false', '-o', csv], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (status !== 0 || !fs.existsSync(csv)) {
    console.error(`electronegativity could not scan ${target}`);
    process.exit(1);
  }
  const rows = fs.readFileSync(csv, 'utf8').trim().split('\n').slice(1).filter(Boolean);
  for (const row of rows) {
    console.log(`  ${target}: ${row}`);
    if (/^[A-Z_]+,"HIGH",/.test(row)) high++;
  }
}
console.log(high ? `electronegativity: ${high} HIGH finding(s)` : 'electronegativity: no HIGH findings');
process.exit(high ? 1 : 0);
