import { parseArgs } from 'node:util';
import { openDatabase } from '../db/open';
import { resolveDataDir } from '../paths';
import { loadSample } from './load';

/** `npm run seed -- --data-dir DIR --clients N --months M`: fills a profile with sample data. */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    clients: { type: 'string', default: '5' },
    months: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
  },
});
const clients = Number(values.clients);
const months = Number(values.months);
if (!Number.isInteger(clients) || clients < 1 || clients > 200 || !Number.isInteger(months) || months < 1 || months > 60) {
  console.error('Usage: npm run seed -- --data-dir DIR --clients N (1–200) --months M (1–60)');
  process.exit(2);
}
const dataDir = resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : []);
const { db, dbPath } = openDatabase({ dataDir });
const result = loadSample(db, { clients, months, seed: Number(values.seed) });
db.close();
console.log(`Seeded ${dbPath}: ${result.clients} clients, ${result.campaigns} campaigns, ${result.slots} slots.`);
