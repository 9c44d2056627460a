import yauzl from 'yauzl';
import { AppError } from '../../../shared/contract/errors';
import { rejected } from './errors';

/**
 * Reading a zip the user hands us (the bundle zip, or an XLSX, which is a zip) without trusting
 * it: any entry named with `..`, an absolute path or a drive letter refuses the whole file
 * (zip-slip), and what is read is capped — per entry, in total, and in how much an entry may
 * expand (zip bombs). Entries are inflated in memory only; nothing is ever written to disk.
 */
export interface ZipLimits {
  /** The most one entry we read may inflate to. */
  maxEntryBytes: number;
  /** The most all entries we read may inflate to together. */
  maxTotalBytes: number;
  /** The most entries the archive may list. */
  maxEntries: number;
  /** Inflated / compressed above this, for entries over 1 MB, is a bomb. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntries: 20_000,
  maxRatio: 200,
};

const MB = 1024 * 1024;

export function unsafeEntryName(name: string): boolean {
  return (
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..') ||
    [...name].some((c) => c.charCodeAt(0) < 0x20)
  );
}

/**
 * Lists the archive (checking every name and declared size) and inflates the entries `want`
 * picks, returning them by name. `label` names the file in errors. The one guarded zip reader:
 * the feedback import, the EP-sheet import and the metrics import all pass an XLSX through it
 * before exceljs (which trusts its input) loads it.
 */
export async function readZip(
  file: string | Buffer,
  want: (name: string) => boolean,
  label: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Map<string, Buffer>> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      const done = (err: Error | null, z?: yauzl.ZipFile) => (err || !z ? reject(err ?? new Error('no zip')) : resolve(z));
      // strictFileNames off: our own check below refuses bad names with a clearer reason.
      const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true };
      if (typeof file === 'string') yauzl.open(file, options, done);
      else yauzl.fromBuffer(file, options, done);
    });
  } catch (err) {
    throw rejected('unreadable', { name: label }, err);
  }
  const out = new Map<string, Buffer>();
  let total = 0;
  let count = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        if (++count > limits.maxEntries) return reject(rejected('too_large', { name: label, maxMb: Math.round(limits.maxTotalBytes / MB) }));
        if (unsafeEntryName(name)) return reject(rejected('unsafe_zip', { name }));
        if (name.endsWith('/') || !want(name)) return zip.readEntry();
        const size = entry.uncompressedSize;
        const ratio = size / Math.max(1, entry.compressedSize);
        if (size > limits.maxEntryBytes || total + size > limits.maxTotalBytes || (size > MB && ratio > limits.maxRatio)) {
          return reject(rejected('too_large', { name, maxMb: Math.round(limits.maxEntryBytes / MB) }));
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(rejected('unreadable', { name }, err));
          const chunks: Buffer[] = [];
          let got = 0;
          stream.on('data', (c: Buffer) => {
            got += c.length;
            // validateEntrySizes stops a stream that lies about its size; this caps it regardless.
            if (got > size || got > limits.maxEntryBytes) {
              stream.destroy();
              reject(rejected('too_large', { name, maxMb: Math.round(limits.maxEntryBytes / MB) }));
            } else chunks.push(c);
          });
          stream.on('error', (e) => reject(rejected('unreadable', { name }, e)));
          stream.on('end', () => {
            total += got;
            out.set(name, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    // yauzl itself stops at some bad names (`../x`, `/etc/x`, backslashes) before we see them.
    if (/invalid relative path|absolute path|invalid characters/i.test((err as Error).message)) throw rejected('unsafe_zip', { name: label }, err);
    throw rejected('unreadable', { name: label }, err);
  } finally {
    zip.close();
  }
  return out;
}

/** Every entry of an archive we are about to hand to a library (exceljs) that trusts it. */
export const everyEntry = () => true;
