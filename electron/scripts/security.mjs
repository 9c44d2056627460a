// Electron security review with @doyensec/electronegativity (DESIGN.md §8), run by `npm test`
// on the built app. A HIGH finding fails the run; so does a MEDIUM one that is not accepted,
// with its reason, in security-accepted.json beside this script.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, electronVersion, run } from './lib.mjs';

const outDir = path.join(ROOT, 'test-results');
fs.mkdirSync(outDir, { recursive: true });
const bin = path.join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js');
const accepted = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'security-accepted.json'), 'utf8')).accepted;
const unexplained = [];
// One scan of the whole build, so global checks see main's navigation and permission handlers.
// (The minified renderer bundle is not parsed by its old parser; its index.html and CSP are.)
const csv = path.join(outDir, 'electronegativity.csv');
const status = run(process.execPath, [bin, '-i', 'out', '-r', '-e', electronVersion(), '-v', 'false', '-o', csv], { stdio: ['ignore', 'ignore', 'inherit'] });
if (status !== 0 || !fs.existsSync(csv)) {
  console.error('electronegativity could not scan out/');
  process.exit(1);
}
const rows = fs.readFileSync(csv, 'utf8').trim().split('\n').slice(1).filter(Boolean);
for (const row of rows) {
  const [check, severity, , file] = row.split(',').map((c) => c.replace(/^"|"$/g, ''));
  const ok = accepted.find((a) => a.check === check && a.file === file);
  console.log(`  ${ok ? 'accepted' : 'FINDING '} ${row}`);
  if (ok) console.log(`           reason: ${ok.reason}`);
  if (severity === 'HIGH' || (severity === 'MEDIUM' && !ok)) unexplained.push(row);
}
console.log(unexplained.length ? `electronegativity: ${unexplained.length} HIGH or unexplained MEDIUM finding(s)` : 'electronegativity: no HIGH finding, every MEDIUM one explained');
process.exit(unexplained.length ? 1 : 0);
