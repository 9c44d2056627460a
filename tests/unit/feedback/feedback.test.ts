import ExcelJS from 'exceljs';
import yazl from 'yazl';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedbackChatText, encodeFeedbackLine } from '../../../shared/review/feedbackText';
import { EP_COLUMNS } from '../../../shared/review/words';
import { HOSTILE, LONG } from '../../fixtures/reviewBundle';
import { tempDir } from '../core/helpers';
import { dumpDb, exportedFixture, FEB, writeFile } from './fixture';

type Fx = Awaited<ReturnType<typeof exportedFixture>>;

const chatContext = (fx: Fx) => ({
  clientName: fx.client.name,
  period: FEB,
  version: fx.result.version,
  posts: fx.manifest.posts.map((p) => ({ id: p.id, no: p.no, localDate: '2027-02-01', localTime: '10:00', topic: `Post ${p.no}` })),
});

async function statusOf(fx: Fx, no: number) {
  return (await fx.call('slots.get', { id: fx.postNo(no) })).status;
}

function zipOf(entries: Record<string, Buffer | string>, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const [name, data] of Object.entries(entries)) z.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data), name);
    z.end();
    const out = fs.createWriteStream(file);
    z.outputStream.pipe(out).on('close', () => resolve(file)).on('error', reject);
  });
}

// Each fixture exports a bundle (its PDF printed by Chromium): seconds on a busy machine.
describe('feedback import', { timeout: 180_000 }, () => {
  it('applies the downloaded JSON: statuses, the approval bound to the content, the client’s comments; undo restores it all', async () => {
    const fx = await exportedFixture();
    expect(await statusOf(fx, 1)).toBe('sent');
    const before = dumpDb(fx.dbPath);
    const fb = fx.feedback({ 1: { decision: 'approve' }, 2: { decision: 'changes', comment: 'Ganti fotonya ya' }, 3: { decision: null, comment: 'Jamnya sudah pas?' } });
    const file = writeFile(tempDir(), `feedback-${fx.manifest.bundleId}.json`, JSON.stringify(fb, null, 2));

    const preview = await fx.call('feedback.preview', { path: file });
    expect(preview.source).toBe('json');
    expect(preview.bundle).toMatchObject({ bundleId: fx.manifest.bundleId, clientId: fx.client.id, clientName: fx.client.name, version: 1, ...FEB });
    expect(preview.counts).toMatchObject({ approve: 1, changes: 1, comment: 1, conflict: 0, unchanged: fx.manifest.posts.length - 3 });
    expect(preview.alreadyImported).toBeNull();
    // Preview writes nothing.
    expect(dumpDb(fx.dbPath)).toBe(before);

    const applied = await fx.call('feedback.apply', { feedback: preview.feedback, source: preview.source, fileName: preview.fileName });
    expect(applied.counts.approve).toBe(1);
    const post1 = await fx.call('slots.get', { id: fx.postNo(1) });
    expect(post1.status).toBe('approved');
    expect(post1.approval).toMatchObject({ source: 'client', contentHash: post1.contentHash });
    expect(post1.changedSinceApproval).toBe(false);
    expect(await statusOf(fx, 2)).toBe('changes_requested');
    expect(await statusOf(fx, 3)).toBe('sent');
    expect(await fx.call('comments.list', { slotId: fx.postNo(2) })).toEqual([
      expect.objectContaining({ author: 'client', authorName: 'Rina', text: 'Ganti fotonya ya', importId: applied.id }),
    ]);
    expect((await fx.call('comments.list', { slotId: fx.postNo(3) })).map((c) => c.text)).toEqual(['Jamnya sudah pas?']);
    expect(await fx.call('feedback.list', { bundleId: fx.manifest.bundleId })).toEqual([expect.objectContaining({ id: applied.id, reviewer: 'Rina', undoneAt: null })]);

    // The same answer twice is refused, and said so in the preview.
    expect((await fx.call('feedback.preview', { path: file })).alreadyImported).toMatchObject({ importId: applied.id });
    expect((await fx.fail('feedback.apply', { feedback: preview.feedback, source: 'json' })).details).toMatchObject({ reason: 'already_imported' });

    const undone = await fx.call('feedback.undo', { importId: applied.id });
    expect(undone.kept).toEqual([]);
    expect(undone.import.undoneAt).not.toBeNull();
    expect(await statusOf(fx, 1)).toBe('sent');
    expect((await fx.call('slots.get', { id: fx.postNo(1) })).approval).toBeNull();
    expect(await statusOf(fx, 2)).toBe('sent');
    expect(await fx.call('comments.list', { slotId: fx.postNo(2) })).toEqual([]);
    expect(await fx.call('comments.list', { slotId: fx.postNo(3) })).toEqual([]);
    // After undo it can be applied again.
    expect((await fx.call('feedback.preview', { path: file })).alreadyImported).toBeNull();
  });

  it('reads the pasted chat text, and a post edited since the bundle is a conflict that keeps its content and status', async () => {
    const fx = await exportedFixture();
    const variants = await fx.call('variants.list', { slotId: fx.postNo(1) });
    const v = variants[0]!;
    await fx.call('variants.save', { slotId: fx.postNo(1), platform: v.platform, doc: null, plain: `${v.plain} (revisi internal)` });
    const edited = await fx.call('slots.get', { id: fx.postNo(1) });

    const text = feedbackChatText(fx.feedback({ 1: { decision: 'approve', comment: 'Mantap' }, 2: { decision: 'approve' } }), chatContext(fx), 'id');
    const preview = await fx.call('feedback.preview', { text: `Ini feedback dari klien:\n\n${text}\n` });
    expect(preview.source).toBe('text');
    const conflict = preview.items.find((i) => i.no === 1)!;
    expect(conflict.outcome).toBe('conflict');
    expect(conflict.sent!.variants.find((x) => x.platform === v.platform)!.plain).toBe(v.plain);
    expect(conflict.now!.variants.find((x) => x.platform === v.platform)!.plain).toBe(`${v.plain} (revisi internal)`);
    expect(conflict).toMatchObject({ decision: 'approve', comment: 'Mantap' });
    expect(preview.items.find((i) => i.no === 2)!.outcome).toBe('approve');

    await fx.call('feedback.apply', { feedback: preview.feedback, source: 'text' });
    const after = await fx.call('slots.get', { id: fx.postNo(1) });
    expect(after.status).toBe(edited.status);
    expect(after.contentHash).toBe(edited.contentHash);
    expect(after.approval).toBeNull();
    expect((await fx.call('variants.list', { slotId: fx.postNo(1) }))[0]!.plain).toBe(`${v.plain} (revisi internal)`);
    // The client's words are not lost: the comment joins the post's history.
    expect((await fx.call('comments.list', { slotId: fx.postNo(1) })).map((c) => c.text)).toEqual(['Mantap']);
    expect(await statusOf(fx, 2)).toBe('approved');
  });

  it('reads the client’s edited XLSX, alone and inside the bundle zip', async () => {
    const fx = await exportedFixture();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fx.zip.get(fx.xlsxName)!.bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('EP')!;
    const col = (key: string) => EP_COLUMNS.findIndex((c) => c.key === key) + 1;
    let approved = 0;
    for (let r = 3; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const id = row.getCell(col('id')).text;
      if (id === fx.postNo(1)) {
        row.getCell(col('decision')).value = 'Setuju';
        approved++;
      }
      if (id === fx.postNo(2)) {
        row.getCell(col('decision')).value = 'Revisi';
        row.getCell(col('comment')).value = '=HYPERLINK("x") bukan formula';
      }
    }
    expect(approved).toBeGreaterThan(0);
    const dir = tempDir();
    const sheet = writeFile(dir, 'EP-edited.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));

    const preview = await fx.call('feedback.preview', { path: sheet });
    expect(preview.source).toBe('xlsx');
    expect(preview.items.find((i) => i.no === 1)).toMatchObject({ outcome: 'approve', decision: 'approve' });
    expect(preview.items.find((i) => i.no === 2)).toMatchObject({ outcome: 'changes', comment: '=HYPERLINK("x") bukan formula' });

    // The same sheet sent back inside the bundle zip.
    const zipped = await zipOf({ 'EP-edited.xlsx': fs.readFileSync(sheet), 'review.html': '<p>x</p>' }, `${dir}/bundle.zip`);
    const fromZip = await fx.call('feedback.preview', { path: zipped });
    expect(fromZip.counts).toEqual(preview.counts);

    await fx.call('feedback.apply', { feedback: preview.feedback, source: 'xlsx', fileName: 'EP-edited.xlsx' });
    expect(await statusOf(fx, 1)).toBe('approved');
    expect(await statusOf(fx, 2)).toBe('changes_requested');
  });

  it('refuses another bundle’s file, a tampered hash or checksum, malformed and hostile files, leaving the database as it was', async () => {
    const fx = await exportedFixture();
    const before = dumpDb(fx.dbPath);
    const dir = tempDir();
    const good = fx.feedback({ 1: { decision: 'approve' } });
    const reasonOf = async (input: { path: string } | { text: string }) => {
      const err = await fx.fail('feedback.preview', input);
      expect(err.code).toBe('feedback_rejected');
      return err.details?.reason;
    };
    const file = (name: string, data: string | Buffer) => writeFile(dir, name, data);

    expect(await reasonOf({ path: file('other.json', JSON.stringify({ ...good, bundleId: 'some-other-bundle' })) })).toBe('unknown_bundle');
    expect(await reasonOf({ path: file('client.json', JSON.stringify({ ...good, clientId: fx.clients[1]!.id })) })).toBe('other_client');
    const tampered = { ...good, decisions: good.decisions.map((d, i) => (i === 0 ? { ...d, contentHash: 'f'.repeat(64) } : d)) };
    expect(await reasonOf({ path: file('hash.json', JSON.stringify(tampered)) })).toBe('hash_mismatch');
    expect(await reasonOf({ path: file('post.json', JSON.stringify({ ...good, decisions: [...good.decisions, { ...good.decisions[0]!, postId: 'nope' }] })) })).toBe('unknown_post');
    expect(await reasonOf({ path: file('broken.json', '{"format":"rencana-feedback", "bundleId": ') })).toBe('malformed');
    expect(await reasonOf({ path: file('shape.json', JSON.stringify({ ...good, decisions: 'all ok' })) })).toBe('malformed');
    expect(await reasonOf({ path: file('random.json', JSON.stringify({ hello: 'world' })) })).toBe('not_feedback');
    expect(await reasonOf({ path: file('huge.json', Buffer.alloc(9 * 1024 * 1024, 32)) })).toBe('too_large');
    expect(await reasonOf({ path: `${dir}/missing.json` })).toBe('unreadable');

    // The chat line: one changed character in the payload, or a cut line.
    const line = encodeFeedbackLine(good);
    const [prefix, version, payload, sum] = line.split(' ');
    const flipped = `${payload!.slice(0, 10)}${payload![10] === 'A' ? 'B' : 'A'}${payload!.slice(11)}`;
    expect(await reasonOf({ text: `ok\n${prefix} ${version} ${flipped} ${sum}` })).toBe('checksum');
    expect(await reasonOf({ text: `ok\n${prefix} ${version} ${payload!.slice(0, 40)}` })).toBe('no_line');
    expect(await reasonOf({ text: 'Semua oke kak 👍' })).toBe('no_line');

    // Zips: an entry escaping the folder, and one that inflates far beyond its size.
    const slip = await zipOf({ 'zz/feedback-x.json': JSON.stringify(good) }, `${dir}/slip.zip`);
    fs.writeFileSync(slip, Buffer.from(fs.readFileSync(slip).toString('latin1').replaceAll('zz/feedback-x.json', '../feedback-x.json'), 'latin1'));
    expect(await reasonOf({ path: slip })).toBe('unsafe_zip');
    const bomb = await zipOf({ 'feedback-x.json': Buffer.alloc(40 * 1024 * 1024, 0x20) }, `${dir}/bomb.zip`);
    expect(fs.statSync(bomb).size).toBeLessThan(1024 * 1024);
    expect(await reasonOf({ path: bomb })).toBe('too_large');
    const notFeedback = await zipOf({ 'photo.jpg': Buffer.alloc(100, 1) }, `${dir}/photos.zip`);
    expect(await reasonOf({ path: notFeedback })).toBe('not_feedback');

    // Apply re-checks what it is given, too.
    expect((await fx.fail('feedback.apply', { feedback: tampered, source: 'json' })).details).toMatchObject({ reason: 'hash_mismatch' });
    expect(dumpDb(fx.dbPath)).toBe(before);
  });

  it('keeps hostile text as text: markup, RTL marks and 10,000 characters go into the history unchanged', async () => {
    const fx = await exportedFixture();
    const comment = `${HOSTILE}\n${LONG}`.slice(0, 10_000);
    const fb = fx.feedback({ 1: { decision: 'changes', comment } }, { reviewer: HOSTILE.slice(0, 120), note: LONG });
    const preview = await fx.call('feedback.preview', { text: feedbackChatText(fb, chatContext(fx), 'en') });
    await fx.call('feedback.apply', { feedback: preview.feedback, source: 'text' });
    const [c] = await fx.call('comments.list', { slotId: fx.postNo(1) });
    expect(c).toMatchObject({ author: 'client', authorName: HOSTILE.slice(0, 120), text: comment });
  });
});
