// `npm run crash-test [-- --kills N --seed S]`: prints the crash harness's figures as JSON.
import { parseArgs } from 'node:util';
import { runCrashHarness } from './harness';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '100' }, seed: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
const report = await runCrashHarness({
  kills: Number(values.kills),
  seed: values.seed ? Number(values.seed) : undefined,
  log: values.verbose ? (s) => console.error(s) : undefined,
});
console.log(JSON.stringify(report, null, 2));
process.exitCode = report.lostWrites === 0 && report.integrityFailures === 0 && report.cleanReopenings === report.kills && report.failures.length === 0 ? 0 : 1;
