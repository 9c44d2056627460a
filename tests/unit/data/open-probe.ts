// Child process for the fault-injection tests: opens a data folder with a real core (as
// whichever user runs it), tries one write, and prints what happened as one JSON line.
import { createCore } from '../../../electron/core';

// `--reach`: only whether this user can load the probe and the core at all.
if (process.argv[2] === '--reach') process.exit(0);

const core = createCore({ dataDir: process.argv[2]! });
const write = await core.dispatch('clients.create', { name: 'Percobaan', color: '#123456', notes: process.argv[3] === 'big' ? 'x'.repeat(9000) : '' });
console.log(JSON.stringify({ state: core.status().state, message: core.status().message, write: write.ok ? 'ok' : write.error.code }));
core.close();
