import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../../shared/contract/errors';
import { ASSET_MAX_BYTES, PRINT_THUMB_SIZE, THUMB_SIZE } from '../../../shared/contract/assets';

export type AssetKind = 'image' | 'video' | 'file';

/** Where a stored file and its thumbnail live: `<dataDir>/assets/<hash[0,2]>/<hash>.<ext>`. */
export function assetPaths(dataDir: string, hash: string, ext: string): { file: string; thumb: string } {
  const root = path.join(dataDir, 'assets');
  return { file: path.join(root, hash.slice(0, 2), `${hash}.${ext}`), thumb: path.join(root, 'thumbs', `${hash}.jpg`) };
}

/** Where `POST /upload` puts the bytes of a file picked in the browser, until `assets.add` takes them. */
export const incomingDir = (dataDir: string) => path.join(dataDir, 'incoming');

export interface StoredFile {
  hash: string;
  ext: string;
  mime: string;
  kind: AssetKind;
  size: number;
  width: number | null;
  height: number | null;
  /** The file's own name, shown under its thumbnail. */
  name: string;
}

const IMAGE_TYPES: Record<string, { ext: string; mime: string }> = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  gif: { ext: 'gif', mime: 'image/gif' },
  avif: { ext: 'avif', mime: 'image/avif' },
  tiff: { ext: 'tif', mime: 'image/tiff' },
};

/** Video containers by their first bytes: ISO media (mp4, mov, m4v) and Matroska/WebM. */
function videoType(head: Buffer, name: string): { ext: string; mime: string } | null {
  if (head.length >= 12 && head.toString('latin1', 4, 8) === 'ftyp') {
    const brand = head.toString('latin1', 8, 12);
    if (brand === 'qt  ') return { ext: 'mov', mime: 'video/quicktime' };
    if (/^(avif|avis|heic|heix|mif1|msf1)$/.test(brand)) return null; // still images in the same box format
    return { ext: path.extname(name).toLowerCase() === '.m4v' ? 'm4v' : 'mp4', mime: 'video/mp4' };
  }
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) {
    return path.extname(name).toLowerCase() === '.mkv' ? { ext: 'mkv', mime: 'video/x-matroska' } : { ext: 'webm', mime: 'video/webm' };
  }
  return null;
}

const fail = (code: 'file_missing' | 'file_unreadable' | 'file_too_large', name: string, message: string, extra: Record<string, string | number> = {}) =>
  new AppError(code, message, { details: { name, ...extra } });

/** Copies `source` into a temporary file of the store while hashing it; one read of the bytes. */
async function copyHashing(source: string, tmp: string, name: string): Promise<{ hash: string; size: number; head: Buffer }> {
  const hasher = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > ASSET_MAX_BYTES) return done(fail('file_too_large', name, `${name} is larger than the limit`, { maxMb: ASSET_MAX_BYTES / 1024 / 1024 }));
      if (head.length < 32) head = Buffer.concat([head, chunk.subarray(0, 32 - head.length)]);
      hasher.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(fs.createReadStream(source), tap, fs.createWriteStream(tmp, { flags: 'wx' }));
  return { hash: hasher.digest('hex'), size, head };
}

/**
 * Takes one file into the store: hashed, copied to its content-addressed place (once, however
 * often it is added), described (kind, size, pixel size) and, for an image, its thumbnail made.
 * Throws `file_missing`, `file_unreadable` or `file_too_large` with the file's name.
 */
export async function storeFile(dataDir: string, source: string): Promise<StoredFile> {
  const name = path.basename(source);
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(source);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fail('file_missing', name, `${name} is not there`);
    throw fail('file_unreadable', name, `${name} cannot be read: ${code}`);
  }
  if (!stat.isFile()) throw fail('file_unreadable', name, `${name} is not a file`);
  if (stat.size > ASSET_MAX_BYTES) throw fail('file_too_large', name, `${name} is larger than the limit`, { maxMb: ASSET_MAX_BYTES / 1024 / 1024 });
  if (stat.size === 0) throw fail('file_unreadable', name, `${name} is empty`);

  const tmpDir = path.join(dataDir, 'assets', 'tmp');
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  try {
    let copied: Awaited<ReturnType<typeof copyHashing>>;
    try {
      copied = await copyHashing(source, tmp, name);
    } catch (err) {
      if (err instanceof AppError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw fail('file_missing', name, `${name} is not there`);
      throw fail('file_unreadable', name, `${name} cannot be read: ${code ?? (err as Error).message}`);
    }
    const described = await describe(tmp, copied.head, name);
    const paths = assetPaths(dataDir, copied.hash, described.ext);
    if (described.kind === 'image') {
      await makeThumb(tmp, paths.thumb, name);
      await printThumb(paths.thumb);
    }
    await fs.promises.mkdir(path.dirname(paths.file), { recursive: true });
    if (fs.existsSync(paths.file)) await fs.promises.rm(tmp, { force: true });
    else await fs.promises.rename(tmp, paths.file);
    return { hash: copied.hash, size: copied.size, name, ...described };
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
}

async function describe(file: string, head: Buffer, name: string): Promise<Omit<StoredFile, 'hash' | 'size' | 'name'>> {
  const video = videoType(head, name);
  if (video) return { ...video, kind: 'video', width: null, height: null };
  let meta: Metadata;
  try {
    meta = await sharp(file).metadata();
  } catch {
    throw fail('file_unreadable', name, `${name} is neither an image nor a video the app reads`);
  }
  const type = meta.format ? IMAGE_TYPES[meta.format] : undefined;
  if (!type || !meta.width || !meta.height) throw fail('file_unreadable', name, `${name}: unsupported image format ${meta.format ?? '?'}`);
  // EXIF orientations 5–8 turn the picture a quarter: the shown width is the stored height.
  const turned = (meta.orientation ?? 1) >= 5;
  return { ...type, kind: 'image', width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height };
}

/**
 * The print thumbnail beside a thumbnail (`<hash>.print.jpg`), made from it when first asked for:
 * at attach time, or at export for files attached before there were print thumbnails.
 */
export async function printThumb(thumb: string): Promise<string> {
  const small = thumb.replace(/\.jpg$/u, '.print.jpg');
  await makeThumb(thumb, small, path.basename(thumb), PRINT_THUMB_SIZE);
  return small;
}

/** A JPEG about `size` pixels on its long side, upright, on white (for transparent images). */
export async function makeThumb(source: string, thumb: string, name = path.basename(source), size = THUMB_SIZE): Promise<void> {
  if (fs.existsSync(thumb)) return;
  await fs.promises.mkdir(path.dirname(thumb), { recursive: true });
  const tmp = `${thumb}.${randomUUID()}.tmp`;
  try {
    await sharp(source, { animated: false })
      .rotate()
      .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 78, mozjpeg: true })
      .toFile(tmp);
    await fs.promises.rename(tmp, thumb);
  } catch (err) {
    await fs.promises.rm(tmp, { force: true });
    throw fail('file_unreadable', name, `${name}: cannot make a thumbnail (${(err as Error).message})`);
  }
}
