import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/open';
import { generate } from '../../electron/core/seed/generate';
import { loadSample } from '../../electron/core/seed/load';
import { ratio, summarize } from './stats';

const CLIENTS = 20;
const MONTHS = 24;
const TARGET = 100_000;

/**
 * A month of one client's slots with their variants, through the real dispatcher (validation,
 * two indexed range scans, mapping), against the same rows in a bare indexed table queried raw.
 * Interleaved in one run because this machine is noisy (DESIGN.md §8).
 */
export async function benchStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-bench-'));
  try {
    const perMonth = generate({ clients: CLIENTS, months: 1, startMonth: '2026-01-01', newId: () => 'x' }).slots.length;
    const density = TARGET / (perMonth * MONTHS);
    const seed = openDatabase({ dataDir: dir });
    const t0 = performance.now();
    const loaded = loadSample(seed.db, { clients: CLIENTS, months: MONTHS, startMonth: '2026-01-01', today: '2027-01-01', density });
    const seedMs = performance.now() - t0;
    seed.db.exec(`
      CREATE TABLE bare_slots AS SELECT * FROM slots;
      CREATE INDEX bare_slots_client_time ON bare_slots(client_id, starts_at);
      CREATE TABLE bare_variants AS SELECT * FROM slot_variants;
      CREATE INDEX bare_variants_slot ON bare_variants(slot_id);
      ANALYZE;
    `);
    const clientIds = seed.db.prepare('SELECT id FROM clients ORDER BY name').pluck().all() as string[];
    const bare = seed.db.prepare(
      `SELECT s.*, v.platform, v.plain, v.doc FROM bare_slots s LEFT JOIN bare_variants v ON v.slot_id = s.id
       WHERE s.client_id = ? AND s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at`,
    );

    const core = createCore({ dataDir: dir });
    const months = Array.from({ length: MONTHS }, (_, i) => {
      const from = new Date(Date.UTC(2026, i, 1)).toISOString();
      const to = new Date(Date.UTC(2026, i + 1, 1)).toISOString();
      return { from, to };
    });
    const oursMs: number[] = [];
    const bareMs: number[] = [];
    let rowsPerQuery = 0;
    const ITER = 400;
    for (let i = 0; i < ITER + 50; i++) {
      const clientId = clientIds[i % clientIds.length]!;
      const { from, to } = months[(i * 7) % months.length]!;
      const a = performance.now();
      const reply = await core.dispatch('slots.list', { from, to, clientIds: [clientId] });
      const b = performance.now();
      bare.all(clientId, from, to);
      const c = performance.now();
      if (!reply.ok) throw new Error(reply.error.message);
      if (i >= 50) {
        oursMs.push(b - a);
        bareMs.push(c - b);
        rowsPerQuery = Math.max(rowsPerQuery, (reply.value as unknown[]).length);
      }
    }
    core.close();
    seed.db.close();
    const ours = summarize(oursMs);
    const bareS = summarize(bareMs);
    return {
      slots: loaded.slots,
      clients: loaded.clients,
      seedSeconds: Math.round(seedMs / 100) / 10,
      slotsPerClientMonth: rowsPerQuery,
      monthQuery: { ms: ours, bareIndexedMs: bareS, ratioP50: ratio(ours.p50, bareS.p50), ratioP95: ratio(ours.p95, bareS.p95), goal: '≤ 3×' },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
