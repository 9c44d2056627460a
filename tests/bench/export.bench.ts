import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import sharp from 'sharp';
import { build } from 'vite';
import { createCore } from '../../electron/core';
import type { Input, Method, Output } from '../../shared/contract/methods';
import { fromWallTime } from '../../shared/domain/time';
import { ratio, summarize } from './stats';

const POSTS = 60;
const RUNS = 3;
const MB = 1024 * 1024;
/** How long the export dialog is open before the user presses Export: a short read of its preview. */
const DIALOG_OPEN_MS = 2000;
const ROOT = path.resolve(import.meta.dirname, '../..');

/** A photo-like JPEG of 2–4 MB: noise does not compress, so the size is what we ask for. */
async function image(file: string, rng: () => number) {
  const target = (2 + rng() * 2) * MB;
  // q92 noise costs about one byte a pixel.
  const pixels = Math.round(target / 1.05);
  const width = 1600;
  const height = Math.max(400, Math.round(pixels / width));
  const raw = crypto.randomBytes(width * height * 3);
  await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toFile(file);
}

/** export.child.ts built as the app's core is (Vite, dependencies left to node_modules). */
async function bundledChild(): Promise<string> {
  const outDir = path.join(ROOT, 'node_modules', '.cache', 'rencana-bench');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    build: {
      ssr: path.join(import.meta.dirname, 'export.child.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  return path.join(outDir, 'export.child.mjs');
}

/**
 * A month bundle of 60 posts with 60 images of 2–4 MB (DESIGN.md §8: ≤ 5 s, ≤ 400 MB), through
 * the real dispatcher, beside the time to merely copy those 60 images in the same run. The
 * export dialog's preview runs first, as in the app (it warms the PDF's browser). Memory is
 * the peak resident set of the process that exports (Chromium, a process of its own, excluded).
 */
export async function benchExport() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-bench-export-'));
  const dataDir = path.join(dir, 'data');
  const core = createCore({ dataDir, version: 'bench' });
  const call = async <M extends Method>(m: M, input: Input<M>): Promise<Output<M>> => {
    const r = await core.dispatch(m, input);
    if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
    return r.value as Output<M>;
  };
  try {
    let seed = 42;
    const rng = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const client = await call('clients.create', { name: 'Kopi Senja', color: '#b45309', requiredHashtags: ['#KopiSenja'] });
    const srcDir = path.join(dir, 'originals');
    fs.mkdirSync(srcDir);
    const originals: string[] = [];
    for (let i = 0; i < POSTS; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const slot = await call('slots.create', {
        clientId: client.id,
        startsAt: fromWallTime(`2027-02-${day}`, i % 2 ? '19:00' : '12:00', 'Asia/Jakarta'),
        topic: `Promo Imlek hari ${i + 1}`,
        pillar: 'promo',
        visualBrief: 'Foto produk dengan lampion merah, latar kayu.',
      });
      await call('variants.save', {
        slotId: slot.id,
        platform: 'instagram',
        doc: null,
        plain: `Gong Xi Fa Cai! 🧧 Kopi susu gula aren diskon 20% khusus hari ke-${i + 1}. Mampir ke outlet terdekat ya ☕ #KopiSenja #Imlek2027`,
      });
      await call('variants.save', { slotId: slot.id, platform: 'x', doc: null, plain: `Diskon 20% hari ke-${i + 1} 🧧 #KopiSenja` });
      const file = path.join(srcDir, `foto-${i + 1}.jpg`);
      await image(file, rng);
      originals.push(file);
      await call('assets.add', { slotId: slot.id, paths: [file] });
    }
    const imageBytes = originals.reduce((n, f) => n + fs.statSync(f).size, 0);

    core.close();
    // The measured part runs in a fresh process, its peak memory the export's own, and from
    // bundled JavaScript as the app's core runs (not through the TypeScript loader, whose
    // transpiling alone would add some 150 MB).
    const child = spawnSync(process.execPath, [await bundledChild(), dataDir, dir, client.id, String(RUNS), String(DIALOG_OPEN_MS)], {
      encoding: 'utf8',
      maxBuffer: 10 * MB,
    });
    if (child.status !== 0) throw new Error(`export bench child failed: ${child.stderr}`);
    const { copyMs, exportMs, marks, maxRssMb, feedback } = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
      copyMs: number[];
      exportMs: number[];
      marks: Array<Record<string, number>>;
      maxRssMb: number;
      feedback: { posts: number; applied: { approve: number; changes: number }; importMs: number[]; parseMs: number[] };
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const r = (n: number) => Math.round(n);
    return {
      posts: POSTS,
      images: originals.length,
      imageMb: Math.round(imageBytes / MB),
      runs: RUNS,
      exportMs: { median: r(median(exportMs)), all: exportMs.map(r) },
      copyImagesMs: { median: r(median(copyMs)), all: copyMs.map(r) },
      ratioToCopy: ratio(median(exportMs), median(copyMs)),
      peakRssMb: maxRssMb,
      /** When, into each export, the PDF and the XLSX were both written, and when all was done. */
      phaseMs: marks,
      /** The export dialog stays open this long before Export is pressed, as a user reads its preview. */
      dialogOpenMs: DIALOG_OPEN_MS,
      goal: '≤ 5000 ms, ≤ 400 MB',
      /** Importing the client's feedback file for that bundle: preview and apply, as the dialog does. */
      feedbackImport: {
        posts: feedback.posts,
        applied: feedback.applied,
        ms: summarize(feedback.importMs),
        /** Reading and parsing the same file with the same schema, nothing else. */
        parseOnlyMs: summarize(feedback.parseMs),
        goal: '≤ 200 ms',
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
