import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

/**
 * The bundle's zip, streamed to disk with yazl: one file open at a time, so 60 originals of
 * 2–4 MB never sit in memory together. Images, PDF and XLSX are already compressed and are
 * stored as they are; only the small text entries are deflated.
 */
export interface ZipWriter {
  addText(name: string, text: string): void;
  /** Adds a file from disk, stored; `onDone` runs once its bytes are in the zip. */
  addFile(name: string, source: string, opts?: { size?: number; onDone?: () => void }): void;
  /** Ends the zip and resolves once the file on disk is complete. */
  finish(): Promise<void>;
}

export function openZip(outPath: string, signal: AbortSignal): ZipWriter {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const mtime = new Date();
  let failure: Error | null = null;
  const fail = (err: Error) => {
    failure ??= err;
    output.destroy(err);
  };
  zip.on('error', fail);
  // Starts flowing at once so entries stream out as they are added.
  const written = pipeline(output, fs.createWriteStream(outPath), { signal });
  // Observed here, reported by finish(): a write error must not surface as an unhandled rejection.
  written.catch(() => undefined);

  return {
    addText(name, text) {
      zip.addBuffer(Buffer.from(text, 'utf8'), name, { mtime, compress: true });
    },
    addFile(name, source, opts = {}) {
      zip.addReadStreamLazy(name, { mtime, compress: false, size: opts.size }, (cb) => {
        const stream = fs.createReadStream(source);
        // pipe() does not forward a read error; without this a vanished file would stall the zip.
        stream.once('error', fail);
        if (opts.onDone) stream.once('end', opts.onDone);
        cb(null, stream);
      });
    },
    async finish() {
      zip.end();
      await written;
      if (failure) throw failure;
    },
  };
}
