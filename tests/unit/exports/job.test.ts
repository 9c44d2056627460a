import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { CoreEvent } from '../../../shared/contract/events';
import ExcelJS from 'exceljs';
import { EP_COLUMNS, STATUS_WORDS } from '../../../shared/review/words';
import { exportFixture, listDir, readZip } from './fixture';

const FEB = { from: '2027-02-01', to: '2027-02-28' };
const feb = { from: '2027-01-31T00:00:00.000Z', to: '2027-03-01T00:00:00.000Z' };

type Fx = ReturnType<typeof exportFixture>;
async function state(fx: Fx, clientId: string) {
  const slots = await fx.call('slots.list', { ...feb, clientIds: [clientId] });
  return { statuses: Object.fromEntries(slots.map((s) => [s.id, s.status])), exports: await fx.call('exports.list', {}) };
}

/** A fixture whose event hook runs `act` once, on the first event `when` matches. */
function fixtureActingOn(when: (e: CoreEvent) => boolean, act: (core: Core, jobId: string) => void) {
  let done = false;
  return exportFixture((e, core) => {
    if (done || !when(e)) return;
    done = true;
    act(core, (e.payload as { jobId: string }).jobId);
  });
}

describe('export job', { timeout: 120_000 }, () => {
  it('moves the exported posts that wait for the client to "sent", logged with the bundle id', async () => {
    const fx = exportFixture();
    const [client] = await fx.call('clients.list', {});
    const before = await state(fx, client!.id);
    const result = await fx.call('exports.create', { clientId: client!.id, ...FEB, outDir: fx.outDir, jobId: 'job-1' });
    const after = await state(fx, client!.id);

    const preview = await fx.call('exports.preview', { clientId: client!.id, ...FEB });
    const exported = new Set(preview.posts.map((p) => p.id));
    let moved = 0;
    for (const [id, was] of Object.entries(before.statuses)) {
      const now = after.statuses[id];
      if (exported.has(id) && ['draft', 'in_review', 'changes_requested', 'sent'].includes(was)) {
        expect(now).toBe('sent');
        if (was !== 'sent') {
          moved++;
          const log = await fx.call('slots.statusLog', { id });
          expect(log.at(-1)).toMatchObject({ from: was, to: 'sent', via: 'export', refId: result.bundleId });
        }
      } else {
        expect(now, `${id} was ${was}`).toBe(was);
      }
    }
    expect(moved).toBeGreaterThan(0);
    // The sheet the client opens already says "sent" for the posts this export sent, never "Draf".
    const wb = new ExcelJS.Workbook();
    const zip = await readZip(result.zipPath);
    await wb.xlsx.load(zip.get([...zip.keys()].find((k) => k.endsWith('.xlsx'))!)!.bytes as unknown as ExcelJS.Buffer);
    const col = (key: string) => EP_COLUMNS.findIndex((c) => c.key === key) + 1;
    const shown = new Map<string, string>();
    wb.getWorksheet('EP')!.eachRow((row, n) => {
      if (n > 2) shown.set(String(row.getCell(col('id')).value), String(row.getCell(col('status')).value));
    });
    for (const id of exported) expect(shown.get(id), id).toBe(STATUS_WORDS.id[after.statuses[id]!]);
    // Ideas are left out by default and stay ideas.
    expect(Object.values(before.statuses)).toContain('idea');

    // Progress came as events, ending with everything done.
    const progress = fx.events.filter((e) => e.event === 'export.progress').map((e) => e.payload);
    expect(progress[0]).toMatchObject({ jobId: 'job-1', phase: 'prepare', done: 0 });
    expect(progress.at(-1)).toMatchObject({ jobId: 'job-1', phase: 'done' });
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);

    const [summary] = await fx.call('exports.list', { clientId: client!.id });
    expect(summary).toMatchObject({ bundleId: result.bundleId, version: 1, zipExists: true, posts: result.posts });
    expect(summary!.counts.approved + summary!.counts.changesRequested + summary!.counts.waiting).toBe(result.posts);
  });

  for (const [moment, when] of [
    ['as it starts', (e: CoreEvent) => e.event === 'export.progress' && e.payload.phase === 'prepare'],
    // Step 2 of a bundle without images: the page and one of PDF / sheet are done, the other is being written.
    ['half-way, with the PDF or the sheet still being written', (e: CoreEvent) => e.event === 'export.progress' && e.payload.phase === 'files' && e.payload.done === 2],
  ] as const) {
    it(`cancelled ${moment}: no file left behind, nothing recorded, no status moved`, async () => {
      const fx = fixtureActingOn(when, (core, jobId) => void core.dispatch('exports.cancel', { jobId }));
      const [client] = await fx.call('clients.list', {});
      const before = await state(fx, client!.id);
      const error = await fx.fail('exports.create', { clientId: client!.id, ...FEB, outDir: fx.outDir, jobId: 'job-c' });
      expect(error.code).toBe('cancelled');
      expect(listDir(fx.outDir)).toEqual([]);
      expect(await state(fx, client!.id)).toEqual(before);
      // Nothing is running any more.
      expect(await fx.call('exports.cancel', { jobId: 'job-c' })).toEqual({ cancelled: false });
    });
  }

  it('a failure at the end (a post deleted while exporting) leaves the database and the folder as they were', async () => {
    let victim = '';
    const fx = fixtureActingOn(
      (e) => e.event === 'export.progress' && e.payload.phase === 'files',
      (core) => void core.dispatch('slots.delete', { id: victim }),
    );
    const [client] = await fx.call('clients.list', {});
    const preview = await fx.call('exports.preview', { clientId: client!.id, ...FEB });
    victim = preview.posts.find((p) => p.status === 'draft')!.id;
    const before = await state(fx, client!.id);
    const error = await fx.fail('exports.create', { clientId: client!.id, ...FEB, outDir: fx.outDir });
    expect(error.code).toBe('not_found');
    expect(listDir(fx.outDir)).toEqual([]);
    await fx.call('slots.restore', { id: victim });
    expect(await state(fx, client!.id)).toEqual(before);
  });

  it('refuses an empty period, a relative folder and an end before the start, before writing anything', async () => {
    const fx = exportFixture();
    const [client] = await fx.call('clients.list', {});
    const empty = await fx.fail('exports.create', { clientId: client!.id, from: '2030-01-01', to: '2030-01-31', outDir: fx.outDir });
    expect(empty).toMatchObject({ code: 'invalid_input', issues: [{ code: 'no_posts' }] });
    const relative = await fx.fail('exports.create', { clientId: client!.id, ...FEB, outDir: 'Ekspor' });
    expect(relative.issues?.[0]?.path).toBe('outDir');
    const backwards = await fx.fail('exports.preview', { clientId: client!.id, from: '2027-02-28', to: '2027-02-01' });
    expect(backwards.issues?.[0]?.path).toBe('to');
    expect(listDir(fx.outDir)).toEqual([]);
  });
});
