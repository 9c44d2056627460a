import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from './index';
import { resolveDataDir } from './paths';
import { startHttpTransport } from './transport/http';
import { eventHub } from './transport/streams';
import { incomingDir } from './assets/files';
import { AppError } from '../../shared/contract/errors';

/**
 * `npm run web`: the real core on the loopback transport, serving the built renderer.
 * Prints `RENCANA_URL=...` once ready; the tests read that line.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      // With a preferred port: take any free port if it is busy (another Rencana is running).
      'port-fallback': { type: 'boolean', default: false },
      static: { type: 'string' },
    },
    allowPositionals: true,
  });
  const dataDir = resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], process.env);
  const port = Number(values.port ?? process.env.RENCANA_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = values.static ?? path.resolve(here, '../renderer');

  const hub = eventHub();
  const core = createCore({
    dataDir,
    onEvent: hub.publish,
    version: process.env.npm_package_version ?? '0.1.0',
    validateOutput: process.env.RENCANA_VALIDATE_OUTPUT === '1',
    autoBackup: process.env.RENCANA_AUTO_BACKUP !== '0',
    onInternalError: (method, err) => console.error(`[core] ${method} failed:`, err),
  });
  // A restart that keeps the tab's key (tests of the core coming back); never shorter than our own.
  const token = (process.env.RENCANA_TOKEN?.length ?? 0) >= 32 ? process.env.RENCANA_TOKEN : undefined;
  const serve = { dispatch: core.dispatch, staticDir, uploadDir: incomingDir(dataDir), events: hub.subscribe, token };
  const transport = await startHttpTransport({ ...serve, port }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EADDRINUSE' && values['port-fallback']) return startHttpTransport({ ...serve, port: 0 });
    if (err.code === 'EADDRINUSE') throw new Error(`port ${port} is in use; choose another with --port N, or --port 0 for any free port`);
    throw err;
  });
  console.log(`Rencana data: ${core.dbPath}`);
  const status = core.status();
  // Still served: the app shows what is wrong and offers the newest good backup.
  if (status.state !== 'ready') console.error(`Rencana cannot use its database (${status.state}): ${status.message}`);
  console.log(`RENCANA_URL=${transport.url}`);

  const stop = () => {
    void transport.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof AppError) console.error(`Rencana cannot start: ${err.message}`);
  else console.error('Rencana cannot start:', err);
  process.exit(1);
});
