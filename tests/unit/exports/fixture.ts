import fs from 'node:fs';
import { afterEach } from 'vitest';
import yauzl from 'yauzl';
import { createCore, type Core } from '../../../electron/core';
import { openDatabase } from '../../../electron/core/db/open';
import { loadSample } from '../../../electron/core/seed/load';
import type { CoreEvent } from '../../../shared/contract/events';
import type { AppErrorShape } from '../../../shared/contract/errors';
import type { Input, Method, Output } from '../../../shared/contract/methods';
import { tempDir } from '../core/helpers';

const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

/**
 * A real core over a data folder with sample data: two clients, January and February 2027,
 * "today" 20 January, so February holds drafts, reviews, revisions and ideas.
 */
export function exportFixture(onEvent: (e: CoreEvent, core: Core) => void = () => undefined) {
  const dataDir = tempDir();
  const seeded = openDatabase({ dataDir });
  loadSample(seeded.db, { clients: 2, months: 2, startMonth: '2027-01-01', today: '2027-01-20', seed: 7 });
  seeded.db.close();
  const events: CoreEvent[] = [];
  const core: Core = createCore({
    dataDir,
    version: '0.1.0-test',
    validateOutput: true,
    onEvent: (e) => {
      events.push(e);
      onEvent(e, core);
    },
  });
  cores.push(core);
  async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const reply = await core.dispatch(method, input);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { shape: reply.error });
    return reply.value as Output<M>;
  }
  async function fail(method: Method, input: unknown): Promise<AppErrorShape> {
    const reply = await core.dispatch(method, input);
    if (reply.ok) throw new Error(`${method} was expected to fail`);
    return reply.error;
  }
  return { core, call, fail, dataDir, events, outDir: tempDir() };
}

/** Every entry of a zip, read back with yauzl (a separate implementation from the writer). */
export function readZip(file: string): Promise<Map<string, { bytes: Buffer; stored: boolean }>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, { bytes: Buffer; stored: boolean }>();
      zip.on('error', reject);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, { bytes: Buffer.concat(chunks), stored: entry.compressionMethod === 0 });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** What is in a folder, hidden files included. */
export const listDir = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
