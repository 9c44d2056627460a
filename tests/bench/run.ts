import { benchStore } from './store.bench';
import { benchHolidays } from './holidays.bench';
import { benchCopy } from './copy.bench';
import { benchCalendar } from './calendar.bench';
import { benchExport } from './export.bench';
import { benchImport, benchTable } from './table.bench';
import { benchReports } from './reports.bench';
import { benchKeystroke } from './keystroke.bench';

/** `npm run bench`: every budget of DESIGN.md §8 we can measure, as one JSON summary. */
async function main() {
  const only = process.argv.slice(2);
  const want = (name: string) => only.length === 0 || only.includes(name);
  const summary: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length };
  if (want('store')) summary.store = await benchStore();
  if (want('holidays')) summary.holidays = await benchHolidays();
  if (want('copy')) summary.copy = await benchCopy();
  if (want('calendar')) summary.calendar = await benchCalendar();
  if (want('export')) summary.export = await benchExport();
  if (want('table')) summary.table = await benchTable();
  if (want('import')) summary.import = await benchImport();
  if (want('reports')) summary.reports = await benchReports();
  if (want('keystroke')) summary.keystroke = await benchKeystroke();
  console.log(JSON.stringify(summary, null, 2));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
