/**
 * Crash harness (DESIGN.md §8): the real core under Node on the loopback transport, written to
 * through the contract by a few concurrent "users", SIGKILLed at a random moment, reopened.
 * After every kill the database must pass `integrity_check` and hold every write the core
 * acknowledged. `npm run crash-test` runs 100 kills; the unit suite runs a short form.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Sqlite from 'better-sqlite3';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CrashReport {
  kills: number;
  cleanReopenings: number;
  acknowledgedWrites: number;
  lostWrites: number;
  integrityFailures: number;
  /** What went wrong, for the first few failures. */
  failures: string[];
}

interface Running {
  child: ChildProcess;
  base: string;
  token: string;
}

/** The built core when it is up to date (starts in a fraction of the time), else the sources through tsx. */
async function coreEntry(): Promise<string[]> {
  const { buildIsStale } = (await import(pathToFileURL(path.join(ROOT, 'electron/scripts/lib.mjs')).href)) as { buildIsStale: () => boolean };
  return buildIsStale() ? ['--import', 'tsx', path.join(ROOT, 'electron/core/web.ts')] : [path.join(ROOT, 'out/main/web.js')];
}

async function startCore(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, [...(await coreEntry()), '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^RENCANA_URL=(\S+)$/m.exec(out);
      if (m) {
        const url = new URL(m[1]!);
        resolve({ child, base: url.origin, token: url.searchParams.get('token')! });
      }
    });
    child.once('exit', (code) => reject(new Error(`core exited (${code}) before it was ready: ${err}`)));
  });
}

/** Deterministic randomness so a failing run can be replayed with the same seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the core acknowledged, and what it was sent but may or may not have written. */
interface Ledger {
  created: Array<{ table: 'clients' | 'slots' | 'ideas'; id: string }>;
  /** Per field: the last acknowledged value and the values sent after it (in flight at the kill). */
  fields: Map<string, { table: string; column: string; id: string; acked: string | null; pending: string[] }>;
  variants: Map<string, { slotId: string; platform: string; acked: string | null; pending: string[] }>;
  acks: number;
}

async function writeUntilKilled(run: Running, ledger: Ledger, random: () => number, killAfterAcks: number, cycle: number) {
  let killed = false;
  const call = async (method: string, input: unknown) => {
    const res = await fetch(`${run.base}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${run.token}` },
      body: JSON.stringify(input),
    });
    const reply = (await res.json()) as { ok: boolean; value?: { id: string }; error?: { message: string } };
    if (!reply.ok) throw new Error(`${method}: ${reply.error?.message}`);
    return reply.value!;
  };
  const acked = () => {
    ledger.acks++;
    if (!killed && ledger.acks >= killAfterAcks) {
      killed = true;
      run.child.kill('SIGKILL');
    }
  };
  const worker = async (w: number) => {
    const client = await call('clients.create', { name: `Klien ${cycle}-${w}`, color: '#2266aa' });
    ledger.created.push({ table: 'clients', id: client.id });
    acked();
    const slots: string[] = [];
    for (let i = 0; !killed; i++) {
      const r = random();
      if (r < 0.25 || slots.length === 0) {
        const slot = await call('slots.create', { clientId: client.id, startsAt: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00.000Z`, topic: `Topik ${i}` });
        ledger.created.push({ table: 'slots', id: slot.id });
        slots.push(slot.id);
      } else if (r < 0.6) {
        const slotId = slots[Math.floor(random() * slots.length)]!;
        const platform = random() < 0.5 ? 'instagram' : 'x';
        const key = `${slotId}/${platform}`;
        const v = ledger.variants.get(key) ?? { slotId, platform, acked: null, pending: [] };
        ledger.variants.set(key, v);
        const plain = `Caption ${cycle}.${w}.${i} 🎉 ${'kata '.repeat(Math.floor(random() * 200))}`;
        v.pending.push(plain);
        await call('variants.save', { slotId, platform, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: plain }] }] }, plain });
        v.acked = plain;
        v.pending = v.pending.slice(v.pending.indexOf(plain) + 1);
      } else if (r < 0.85) {
        const slotId = slots[Math.floor(random() * slots.length)]!;
        const key = `slots/topic/${slotId}`;
        const f = ledger.fields.get(key) ?? { table: 'slots', column: 'topic', id: slotId, acked: null, pending: [] };
        ledger.fields.set(key, f);
        const topic = `Topik baru ${cycle}.${w}.${i}`;
        f.pending.push(topic);
        await call('slots.update', { id: slotId, patch: { topic } });
        f.acked = topic;
        f.pending = f.pending.slice(f.pending.indexOf(topic) + 1);
      } else if (r < 0.95) {
        const key = `clients/notes/${client.id}`;
        const f = ledger.fields.get(key) ?? { table: 'clients', column: 'notes', id: client.id, acked: null, pending: [] };
        ledger.fields.set(key, f);
        const notes = `Catatan ${cycle}.${w}.${i}`;
        f.pending.push(notes);
        await call('clients.update', { id: client.id, patch: { notes } });
        f.acked = notes;
        f.pending = f.pending.slice(f.pending.indexOf(notes) + 1);
      } else {
        const idea = await call('ideas.create', { clientId: client.id, title: `Ide ${cycle}.${w}.${i}` });
        ledger.created.push({ table: 'ideas', id: idea.id });
      }
      acked();
    }
  };
  const exited = new Promise<void>((r) => run.child.once('exit', () => r()));
  // Calls cut off by the kill fail; that is the point. Anything else is a harness bug.
  await Promise.all([0, 1, 2, 3].map((w) => worker(w).catch(() => undefined)));
  if (!killed) run.child.kill('SIGKILL');
  await exited;
}

/** integrity_check and every acknowledged write, on the file as the killed core left it. */
function verify(dbPath: string, ledger: Ledger, report: CrashReport) {
  const db = new Sqlite(dbPath, { fileMustExist: true });
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') {
      report.integrityFailures++;
      report.failures.push(`integrity_check: ${String(check)}`);
    }
    const lost = (what: string) => {
      report.lostWrites++;
      if (report.failures.length < 10) report.failures.push(`lost: ${what}`);
    };
    for (const c of ledger.created) if (!db.prepare(`SELECT 1 FROM ${c.table} WHERE id = ?`).get(c.id)) lost(`${c.table} ${c.id}`);
    for (const f of ledger.fields.values()) {
      if (f.acked === null) continue;
      const value = db.prepare(`SELECT ${f.column} FROM ${f.table} WHERE id = ?`).pluck().get(f.id) as string | undefined;
      if (value !== f.acked && !f.pending.includes(value ?? '')) lost(`${f.table}.${f.column} of ${f.id}`);
    }
    for (const v of ledger.variants.values()) {
      if (v.acked === null) continue;
      const plain = db.prepare('SELECT plain FROM slot_variants WHERE slot_id = ? AND platform = ?').pluck().get(v.slotId, v.platform) as string | undefined;
      if (plain !== v.acked && !v.pending.includes(plain ?? '')) lost(`variant ${v.slotId}/${v.platform}`);
      const history = db.prepare('SELECT count(*) FROM variant_revisions WHERE slot_id = ? AND platform = ?').pluck().get(v.slotId, v.platform) as number;
      if (history === 0) lost(`history of ${v.slotId}/${v.platform}`);
    }
  } finally {
    db.close();
  }
}

export async function runCrashHarness(opts: { kills: number; seed?: number; dataDir?: string; log?: (s: string) => void }): Promise<CrashReport> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-crash-'));
  const random = rng(opts.seed ?? 20261212);
  const report: CrashReport = { kills: 0, cleanReopenings: 0, acknowledgedWrites: 0, lostWrites: 0, integrityFailures: 0, failures: [] };
  const ledger: Ledger = { created: [], fields: new Map(), variants: new Map(), acks: 0 };
  try {
    for (let cycle = 0; cycle < opts.kills; cycle++) {
      let run: Running;
      try {
        run = await startCore(dataDir);
        const status = await fetch(`${run.base}/api/app.status`, { method: 'POST', headers: { Authorization: `Bearer ${run.token}` }, body: '{}' }).then((r) => r.json() as Promise<{ value?: { state: string } }>);
        if (status.value?.state !== 'ready') throw new Error(`core state after reopening: ${status.value?.state}`);
        if (cycle > 0) report.cleanReopenings++;
      } catch (err) {
        report.failures.push(`reopen ${cycle}: ${(err as Error).message}`);
        break;
      }
      // Kill after a random number of acknowledged writes: mid-transaction as often as between.
      await writeUntilKilled(run, ledger, random, ledger.acks + 1 + Math.floor(random() * 80), cycle);
      report.kills++;
      verify(path.join(dataDir, 'rencana.sqlite'), ledger, report);
      opts.log?.(`kill ${report.kills}: ${ledger.acks} acknowledged writes so far, ${report.lostWrites} lost`);
    }
    // The last kill is checked by one more real reopening too.
    const last = await startCore(dataDir).catch((err: Error) => (report.failures.push(`final reopen: ${err.message}`), null));
    if (last) {
      report.cleanReopenings++;
      last.child.kill('SIGKILL');
    }
  } finally {
    report.acknowledgedWrites = ledger.acks;
    if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return report;
}
