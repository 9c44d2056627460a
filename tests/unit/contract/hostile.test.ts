import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, METHODS, type Method } from '../../../shared/contract/methods';
import { startHttpTransport } from '../../../electron/core/transport/http';
import { HOSTILE_STRINGS, HUGE_NUMBERS, INVALID_DATES, MALFORMED_JSON, POLLUTION, WRONG_TYPES } from '../../fixtures/hostile';
import { testCore } from '../core/helpers';
import { dump } from '../data/fixtures';

/** Errors a hostile input may end in: each is a sentence in the UI. Never `internal`. */
const CLEAR = [
  'invalid_input', 'not_found', 'conflict', 'unknown_method', 'db_from_future', 'db_damaged', 'refused',
  'file_missing', 'file_unreadable', 'file_too_large', 'feedback_rejected',
];

type Json = Record<string, unknown>;
interface Ids {
  client: string;
  campaign: string;
  slot: string;
  idea: string;
  cadence: string;
  clientDate: string;
  hashtagSet: string;
  revision: string;
  backup: string;
}

/** The id a method's `id` field means, by the method's family. */
const ENTITY: Record<string, keyof Ids> = {
  clients: 'client', campaigns: 'campaign', slots: 'slot', ideas: 'idea', cadences: 'cadence', clientDates: 'clientDate', hashtagSets: 'hashtagSet',
};

/** A valid input for any method, from its JSON schema and field names: the seed each hostile value is planted in. */
function example(schema: Json, name: string, method: string, ids: Ids): unknown {
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.anyOf)) return example((schema.anyOf as Json[]).find((s) => s.type !== 'null') ?? {}, name, method, ids);
  if (schema.type === 'object') {
    const out: Json = {};
    const props = (schema.properties ?? {}) as Record<string, Json>;
    for (const key of (schema.required as string[] | undefined) ?? []) out[key] = example(props[key]!, key, method, ids);
    return out;
  }
  if (schema.type === 'array') return schema.minItems ? [example(schema.items as Json, name, method, ids)] : [];
  if (schema.type === 'number' || schema.type === 'integer') return Math.max(Number(schema.minimum ?? 1), Math.min(Number(schema.maximum ?? 1), 1)) || 1;
  if (schema.type === 'boolean') return false;
  const byName: Record<string, string> = {
    clientId: ids.client, slotId: ids.slot, campaignId: ids.campaign, revisionId: ids.revision, file: ids.backup,
    color: '#336699', timezone: 'Asia/Jakarta', time: '19:00', path: '/nonexistent/rencana-hostile.rencana', postUrl: '', momentKey: 'idulfitri',
  };
  if (name === 'id') return ids[ENTITY[method.split('.')[0]!] ?? 'client'];
  if (byName[name] !== undefined) return byName[name];
  if (schema.format === 'date') return '2026-12-01';
  if (schema.format === 'date-time') return name === 'to' ? '2026-12-31T00:00:00.000Z' : '2026-12-01T10:00:00.000Z';
  return name === 'word' || name === 'tags' ? 'Kopi' : 'Teks biasa';
}

async function seed(call: (m: Method, i: unknown) => Promise<unknown>): Promise<Ids> {
  const client = (await call('clients.create', { name: 'Kopi Senja', color: '#b45309' })) as { id: string };
  const campaign = (await call('campaigns.create', { clientId: client.id, name: 'Harbolnas', startDate: '2026-12-01', endDate: '2026-12-12', color: '#123456' })) as { id: string };
  const slot = (await call('slots.create', { clientId: client.id, startsAt: '2026-12-12T12:00:00.000Z' })) as { id: string };
  const saved = (await call('variants.save', { slotId: slot.id, platform: 'instagram', doc: null, plain: 'Halo' })) as { revision: { id: string } };
  const idea = (await call('ideas.create', { clientId: client.id, title: 'Ide' })) as { id: string };
  const cadence = (await call('cadences.create', { clientId: client.id, platform: 'instagram', format: 'feed', weekdays: [1], time: '19:00' })) as { id: string };
  const clientDate = (await call('clientDates.create', { clientId: client.id, name: 'Ulang tahun', date: '2026-12-05', repeat: 'yearly' })) as { id: string };
  const set = (await call('hashtagSets.save', { clientId: client.id, name: 'Set', tags: ['kopi'] })) as { id: string };
  const backup = (await call('backups.create', {})) as { file: string };
  return { client: client.id, campaign: campaign.id, slot: slot.id, idea: idea.id, cadence: cadence.id, clientDate: clientDate.id, hashtagSet: set.id, revision: saved.revision.id, backup: backup.file };
}

/** Methods that replace the whole database: their hostile inputs are checked, their successes would reset the seed. */
const REPLACES_DB = new Set(['backups.restore', 'profile.import', 'app.loadSample']);

describe('hostile input against every contract method', () => {
  it('ends in a clear error or safe storage; after an error nothing was committed', async () => {
    const { core, call, dataDir } = testCore();
    const ids = await seed(call as never);
    // A second connection: its data_version changes whenever anyone else commits.
    const reader = new Sqlite(path.join(dataDir, 'rencana.sqlite'), { readonly: true });
    const version = () => reader.pragma('data_version', { simple: true });
    // The detector itself works: a committed write from the core moves it.
    const v0 = version();
    await call('clients.update', { id: ids.client, patch: { notes: 'cek' } });
    expect(version()).not.toBe(v0);
    const stats = { calls: 0, errors: 0, stored: 0, methods: 0 };
    const failures: string[] = [];
    const values: Array<[string, unknown]> = [
      ...Object.entries(HOSTILE_STRINGS),
      ...INVALID_DATES.map((d) => [`date ${d}`, d] as [string, unknown]),
      ...HUGE_NUMBERS.map((n) => [`number ${n}`, n] as [string, unknown]),
      ...WRONG_TYPES.map((v) => [`type ${JSON.stringify(v)}`, v] as [string, unknown]),
      ...POLLUTION.map((v, i) => [`pollution ${i}`, v] as [string, unknown]),
    ];

    const attempt = async (method: Method, input: unknown, label: string) => {
      const before = version();
      const beforeDump = stats.calls % 97 === 0 ? dump(path.join(dataDir, 'rencana.sqlite')) : null;
      const reply = await core.dispatch(method, input);
      stats.calls++;
      if (reply.ok) return void stats.stored++;
      stats.errors++;
      if (!CLEAR.includes(reply.error.code)) failures.push(`${method} ${label}: ${reply.error.code} ${reply.error.message.slice(0, 120)}`);
      if (version() !== before) failures.push(`${method} ${label}: the database changed after an error`);
      if (beforeDump !== null && dump(path.join(dataDir, 'rencana.sqlite')) !== beforeDump) failures.push(`${method} ${label}: dump differs after an error`);
    };

    for (const method of METHODS) {
      stats.methods++;
      const schema = z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as Json;
      const base = example(schema, '', method, ids) as Json;
      for (const [label, v] of [...WRONG_TYPES.map((v) => [`whole ${JSON.stringify(v)}`, v] as const), ...POLLUTION.map((v, i) => [`whole pollution ${i}`, v] as const)]) {
        if (!REPLACES_DB.has(method) || label.startsWith('whole ')) await attempt(method, v, label);
      }
      // Every field of the input (and of a `patch`), one hostile value at a time.
      const props = Object.keys((schema.properties ?? {}) as Json);
      const patchProps = Object.keys((((schema.properties as Json | undefined)?.patch as Json | undefined)?.properties ?? {}) as Json);
      for (const [label, v] of values) {
        for (const p of props) {
          if (REPLACES_DB.has(method) && typeof v !== 'string') continue;
          await attempt(method, { ...base, [p]: v }, `${p}=${label}`);
        }
        for (const p of patchProps) await attempt(method, { ...base, patch: { [p]: v } }, `patch.${p}=${label}`);
      }
    }
    reader.close();
    console.log(`[hostile] ${stats.methods} methods, ${stats.calls} calls: ${stats.errors} clear errors, ${stats.stored} stored safely`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 600_000);

  it('malformed JSON to every method over the loopback transport: a JSON 400, nothing written', async () => {
    const { core, call, dataDir } = testCore();
    await seed(call as never);
    const before = dump(path.join(dataDir, 'rencana.sqlite'));
    const t = await startHttpTransport({ dispatch: core.dispatch });
    try {
      for (const method of METHODS) {
        for (const body of MALFORMED_JSON) {
          const res = await fetch(`http://127.0.0.1:${t.port}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${t.token}` }, body });
          const json = (await res.json()) as { ok: boolean; error: { code: string } };
          // '\ufeff{}' and '{"a":"\ud800"}' are JSON: the method then judges the input.
          expect(json.ok === false ? CLEAR.includes(json.error.code) : true, `${method} ${body.slice(0, 20)}`).toBe(true);
        }
      }
    } finally {
      await t.close();
    }
    expect(dump(path.join(dataDir, 'rencana.sqlite'))).toBe(before);
  });
});
