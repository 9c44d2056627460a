import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { testCore, tempDir } from '../core/helpers';
import { assetPaths } from '../../../electron/core/assets/files';

async function image(dir: string, name: string, opts: { width: number; height: number; color: string; orientation?: number }) {
  const file = path.join(dir, name);
  let img = sharp({ create: { width: opts.width, height: opts.height, channels: 3, background: opts.color } });
  if (opts.orientation) img = img.withMetadata({ orientation: opts.orientation });
  await (name.endsWith('.png') ? img.png() : img.jpeg()).toFile(file);
  return file;
}

async function withPost() {
  const t = testCore();
  const c = await t.call('clients.create', { name: 'Kopi Senja', color: '#7a4b2a' });
  const slot = await t.call('slots.create', { clientId: c.id, startsAt: '2026-12-12T10:00:00.000Z', topic: 'Harbolnas' });
  return { ...t, slot };
}

describe('assets', () => {
  it('stores a file once by content hash, makes a thumbnail, and attaches in order', async () => {
    const { call, slot, dataDir } = await withPost();
    const src = tempDir();
    const big = await image(src, 'promo besar.jpg', { width: 2000, height: 1200, color: '#c0392b' });
    const copy = path.join(src, 'same-bytes.jpg');
    fs.copyFileSync(big, copy);
    const png = await image(src, 'logo.png', { width: 300, height: 300, color: '#2e86de' });

    const res = await call('assets.add', { slotId: slot.id, paths: [big, copy, png] });
    expect(res.assets.map((a) => [a.name, a.kind, a.mime, a.width, a.height])).toEqual([
      ['promo besar.jpg', 'image', 'image/jpeg', 2000, 1200],
      ['logo.png', 'image', 'image/png', 300, 300],
    ]);
    const [jpg] = res.assets;
    expect(jpg!.size).toBe(fs.statSync(big).size);
    const stored = assetPaths(dataDir, jpg!.hash, 'jpg');
    expect(fs.readFileSync(stored.file).equals(fs.readFileSync(big))).toBe(true);
    expect(stored.file).toContain(path.join('assets', jpg!.hash.slice(0, 2)));
    const thumb = await sharp(stored.thumb).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['jpeg', 480, 288]);
    // The PDF's and the sheet's smaller thumbnail is made at the same time, once.
    const printed = await sharp(stored.thumb.replace(/\.jpg$/, '.print.jpg')).metadata();
    expect([printed.format, printed.width, printed.height]).toEqual(['jpeg', 240, 144]);

    // Adding the same bytes again to another post stores nothing new.
    const other = await call('slots.create', { clientId: slot.clientId, startsAt: '2026-12-13T10:00:00.000Z' });
    await call('assets.add', { slotId: other.id, paths: [copy] });
    const files = fs.readdirSync(path.join(dataDir, 'assets', jpg!.hash.slice(0, 2))).filter((f) => f.startsWith(jpg!.hash));
    expect(files).toEqual([`${jpg!.hash}.jpg`]);

    const [t1, t2] = await call('assets.thumbs', { hashes: res.assets.map((a) => a.hash) });
    expect(t1!.dataUrl).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    expect(t2!.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
    const listed = await call('slots.get', { id: slot.id });
    expect(listed.assets.map((a) => a.name)).toEqual(['promo besar.jpg', 'logo.png']);
  });

  it('reorders, removes with undo, and every change moves the content hash', async () => {
    const { call, fail, slot } = await withPost();
    const src = tempDir();
    const a = await image(src, 'a.jpg', { width: 100, height: 100, color: '#111111' });
    const b = await image(src, 'b.jpg', { width: 100, height: 100, color: '#eeeeee' });
    const before = slot.contentHash;
    const { assets } = await call('assets.add', { slotId: slot.id, paths: [a, b] });
    const withTwo = (await call('slots.get', { id: slot.id })).contentHash;
    expect(withTwo).not.toBe(before);
    const [ha, hb] = assets.map((x) => x.hash) as [string, string];

    const swapped = await call('assets.reorder', { slotId: slot.id, hashes: [hb, ha] });
    expect(swapped.assets.map((x) => x.name)).toEqual(['b.jpg', 'a.jpg']);
    const swappedHash = (await call('slots.get', { id: slot.id })).contentHash;
    expect(swappedHash).not.toBe(withTwo);
    expect((await fail('assets.reorder', { slotId: slot.id, hashes: [hb] })).code).toBe('conflict');

    expect((await call('assets.remove', { slotId: slot.id, hash: hb })).assets.map((x) => x.name)).toEqual(['a.jpg']);
    expect((await call('assets.restore', { slotId: slot.id, hash: hb })).assets.map((x) => x.name)).toEqual(['b.jpg', 'a.jpg']);
    expect((await call('slots.get', { id: slot.id })).contentHash).toBe(swappedHash);
  });

  it('says which file is missing, unreadable or not an image, and attaches none of the batch', async () => {
    const { call, fail, slot } = await withPost();
    const src = tempDir();
    const good = await image(src, 'good.jpg', { width: 50, height: 50, color: '#00ff00' });
    const text = path.join(src, 'catatan.txt');
    fs.writeFileSync(text, 'bukan gambar');
    const broken = path.join(src, 'rusak.jpg');
    fs.writeFileSync(broken, fs.readFileSync(good).subarray(0, 40));

    expect(await fail('assets.add', { slotId: slot.id, paths: [good, path.join(src, 'hilang.jpg')] })).toMatchObject({
      code: 'file_missing',
      details: { name: 'hilang.jpg' },
    });
    expect(await fail('assets.add', { slotId: slot.id, paths: [good, text] })).toMatchObject({ code: 'file_unreadable', details: { name: 'catatan.txt' } });
    expect(await fail('assets.add', { slotId: slot.id, paths: [broken] })).toMatchObject({ code: 'file_unreadable', details: { name: 'rusak.jpg' } });
    expect(await fail('assets.add', { slotId: slot.id, paths: [src] })).toMatchObject({ code: 'file_unreadable' });
    expect((await call('slots.get', { id: slot.id })).assets).toEqual([]);
  });

  it('keeps a video as an attachment without a thumbnail, and turns EXIF-rotated photos upright', async () => {
    const { call, slot } = await withPost();
    const src = tempDir();
    const video = path.join(src, 'reel.mp4');
    // An ISO media header (ftyp isom) followed by filler: enough for the container check.
    fs.writeFileSync(video, Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(4000, 1)]));
    const rotated = await image(src, 'portrait.jpg', { width: 400, height: 200, color: '#123456', orientation: 6 });
    const { assets } = await call('assets.add', { slotId: slot.id, paths: [video, rotated] });
    expect(assets.map((a) => [a.kind, a.mime, a.width, a.height])).toEqual([
      ['video', 'video/mp4', null, null],
      ['image', 'image/jpeg', 200, 400],
    ]);
    const thumbs = await call('assets.thumbs', { hashes: assets.map((a) => a.hash) });
    expect(thumbs[0]!.dataUrl).toBeNull();
    const jpeg = Buffer.from(thumbs[1]!.dataUrl!.split(',')[1]!, 'base64');
    expect(await sharp(jpeg).metadata()).toMatchObject({ width: 200, height: 400 });
  });
});
