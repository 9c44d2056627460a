import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, afterEach } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { openDatabase } from '../../../electron/core/db/open';
import { chromiumPrinter } from '../../../electron/core/review/printer';
import { loadSample } from '../../../electron/core/seed/load';
import type { AppErrorShape } from '../../../shared/contract/errors';
import type { Input, Method, Output } from '../../../shared/contract/methods';
import { BundleManifest, type Feedback } from '../../../shared/review/bundle';
import { tempDir } from '../core/helpers';
import { readZip } from '../exports/fixture';

/** One real Chromium for every export of a test file: exports print their PDF with it. */
const printer = chromiumPrinter();
afterAll(() => printer.close());
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

export const FEB = { from: '2027-02-01', to: '2027-02-28' };

/**
 * A real core over sample data (two clients, January–February 2027) with February of the first
 * client exported as a bundle: the state a freelancer is in when the client's answer comes back.
 */
export async function exportedFixture() {
  const dataDir = tempDir();
  const seeded = openDatabase({ dataDir });
  loadSample(seeded.db, { clients: 2, months: 2, startMonth: '2027-01-01', today: '2027-01-20', seed: 7 });
  seeded.db.close();
  const core = createCore({ dataDir, version: '0.1.0-test', validateOutput: true, printer });
  cores.push(core);
  async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const reply = await core.dispatch(method, input);
    if (!reply.ok) throw Object.assign(new Error(`${method}: ${reply.error.message}`), { shape: reply.error });
    return reply.value as Output<M>;
  }
  async function fail(method: Method, input: unknown): Promise<AppErrorShape> {
    const reply = await core.dispatch(method, input);
    if (reply.ok) throw new Error(`${method} was expected to fail`);
    return reply.error;
  }
  const clients = await call('clients.list', {});
  const client = clients[0]!;
  const outDir = tempDir();
  const result = await call('exports.create', { clientId: client.id, ...FEB, outDir, language: 'id' });
  const zip = await readZip(result.zipPath);
  const manifest = BundleManifest.parse(JSON.parse(zip.get('manifest.json')!.bytes.toString('utf8')));
  const xlsxName = [...zip.keys()].find((n) => n.endsWith('.xlsx'))!;

  /** The client's answer as review.html builds it: every post, some decided. */
  function feedback(decide: Record<number, { decision: 'approve' | 'changes' | null; comment?: string }>, extra: Partial<Feedback> = {}): Feedback {
    return {
      format: 'rencana-feedback',
      formatVersion: 1,
      bundleId: manifest.bundleId,
      clientId: client.id,
      reviewer: 'Rina',
      note: 'Secara umum oke.',
      submittedAt: '2027-01-22T10:00:00.000Z',
      decisions: manifest.posts.map((p) => ({ postId: p.id, contentHash: p.contentHash, decision: decide[p.no]?.decision ?? null, comment: decide[p.no]?.comment ?? '' })),
      ...extra,
    };
  }
  const postNo = (no: number) => manifest.posts.find((p) => p.no === no)!.id;
  const dbPath = path.join(dataDir, 'rencana.sqlite');
  return { core, call, fail, dataDir, dbPath, client, clients, result, manifest, zip, xlsxName, feedback, postNo, outDir };
}

/** Every row of every table, in a stable order: "the database is unchanged" made checkable. */
export function dumpDb(dbPath: string): string {
  const db = new Sqlite(dbPath, { readonly: true });
  try {
    const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    return tables.map((t) => `${t}\n${JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).raw().all())}`).join('\n');
  } finally {
    db.close();
  }
}

export function writeFile(dir: string, name: string, data: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}
