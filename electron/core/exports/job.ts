import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { Emit } from '../../../shared/contract/events';
import type { ExportResult } from '../../../shared/contract/exports';
import { renderReviewHtml } from '../review/html';
import { printPdf, type Printer } from '../review/printer';
import { newId, now } from '../services/ids';
import { manifestOf, reviewBundle } from './bundle';
import { assetMissing, cancelledError, fileError } from './files';
import type { ExportData, GatheredPost } from './gather';
import type { Sending } from './sent';
import { assetNamer, bundleNames } from './names';
import { readmeText } from './readme';
import { exportRecords } from './records';
import { writeXlsx } from './xlsx';
import { openZip } from './zip';

export interface JobInput {
  jobId?: string;
  outDir: string;
  language: 'id' | 'en';
}

export interface JobDeps {
  db: Database;
  appVersion: string;
  emit: Emit;
  printer: Printer;
  /** Moves the exported posts that wait for the client to "sent" (`mark` runs inside the job's transaction). */
  sending: Pick<Sending, 'asSent' | 'mark'>;
}

/**
 * What the progress bar says, in order: reading the posts, writing the files (review page,
 * originals, PDF and XLSX, side by side), closing the zip, done. `done`/`total` count steps:
 * the page, each original, the PDF, the XLSX and the final move into place.
 */
export type ExportPhase = 'prepare' | 'files' | 'zip' | 'done';

/**
 * Writes one review bundle (issue 9 item 2–3) and records it. Everything is written into a
 * hidden temporary folder inside the target folder; only when the zip is complete are the zip
 * and review.html renamed into place, in the same database transaction that records the
 * export and moves its posts to "sent". So a cancel or a failure at any point leaves neither
 * a half-written file nor a changed database.
 */
export function exportJobs(deps: JobDeps) {
  const records = exportRecords(deps.db);
  const running = new Map<string, AbortController>();

  async function create(gathered: ExportData, input: JobInput): Promise<ExportResult> {
    if (gathered.posts.length === 0) {
      throw new AppError('invalid_input', 'No posts in this period', {
        issues: [{ path: 'from', code: 'no_posts', message: 'no posts match this period and these statuses' }],
      });
    }
    const jobId = input.jobId ?? newId();
    const bundleId = newId();
    // What the client reads is the status after this export, not "Draf" for a post sent now.
    const data: ExportData = { ...gathered, posts: deps.sending.asSent(gathered.posts, bundleId) };
    if (running.has(jobId)) throw new AppError('conflict', `Export job ${jobId} is already running`);
    const controller = new AbortController();
    running.set(jobId, controller);
    const { signal } = controller;
    const check = () => {
      if (signal.aborted) throw cancelledError();
    };

    const assetCount = data.posts.reduce((n, p) => n + p.assets.length, 0);
    const total = assetCount + 4;
    let done = 0;
    const progress = (phase: ExportPhase, step = 0) => {
      done += step;
      deps.emit('export.progress', { jobId, phase, done: Math.min(done, total), total });
    };

    const outDir = path.resolve(input.outDir);
    let tmp: string | null = null;
    const pending: Array<Promise<unknown>> = [];
    try {
      progress('prepare');
      await fsp.mkdir(outDir, { recursive: true });
      // Same folder, so the final rename is atomic and never crosses file systems.
      tmp = await fsp.mkdtemp(path.join(outDir, '.rencana-export-'));
      await assertAssetsReadable(data);
      check();

      let version = records.nextVersion(data.client.id, data.from, data.to);
      let names = bundleNames(data.client.name, data.from, data.to, version);
      // A file from another profile (or a restored backup) already has this name: take the next.
      while (fs.existsSync(path.join(outDir, names.zip)) || fs.existsSync(path.join(outDir, names.review))) {
        names = bundleNames(data.client.name, data.from, data.to, ++version);
      }
      const createdAt = now();

      const nameAsset = assetNamer();
      const assetNames = new Map<GatheredPost, string[]>(
        data.posts.map((p) => [p, p.assets.map((a) => nameAsset(p.local.date, p.slot.topic, a.ext))]),
      );
      const meta = { bundleId, version, createdAt, appVersion: deps.appVersion, language: input.language };
      const assetFile = (post: GatheredPost, i: number) => assetNames.get(post)![i]!;
      // Chromium's print is the longest part: it starts first, then the PDF's page is the review
      // page's print variant (bundled fonts, no script, print thumbnails). The XLSX is written and
      // the originals stream into the zip meanwhile.
      const pdfTmp = path.join(tmp, names.pdf);
      const xlsxTmp = path.join(tmp, names.xlsx);
      const printBundle = await reviewBundle(data, meta, assetFile, { print: true });
      const pdfDone = printPdf(deps.printer, renderReviewHtml(printBundle, { print: true }), pdfTmp).then(() => progress('files', 1));
      pending.push(pdfDone);

      const bundle = await reviewBundle(data, meta, assetFile);
      const html = renderReviewHtml(bundle);
      const reviewTmp = path.join(tmp, 'review.html');
      await fsp.writeFile(reviewTmp, html);
      progress('files', 1);
      check();

      const xlsxDone = writeXlsx(data, { bundleId, version, language: input.language, outPath: xlsxTmp }).then(() => progress('files', 1));
      pending.push(xlsxDone);

      const zipTmp = path.join(tmp, 'bundle.zip');
      const zip = openZip(zipTmp, signal);
      zip.addText('review.html', html);
      zip.addText('manifest.json', JSON.stringify(manifestOf(bundle), null, 2) + '\n');
      zip.addText('BACA-SAYA.txt', readmeText({ clientName: data.client.name, from: data.from, to: data.to, version, posts: data.posts.length, names }));
      for (const post of data.posts) {
        post.assets.forEach((a, i) => {
          zip.addFile(`assets/${assetNames.get(post)![i]}`, a.source, { size: a.size, onDone: () => progress('files', 1) });
        });
      }
      const finished = (async () => {
        await Promise.all([pdfDone, xlsxDone]);
        check();
        progress('zip');
        zip.addFile(names.pdf, pdfTmp);
        zip.addFile(names.xlsx, xlsxTmp);
        await zip.finish();
      })();
      pending.push(finished);
      await finished;
      check();

      const zipPath = path.join(outDir, names.zip);
      const reviewPath = path.join(outDir, names.review);
      const posts = data.posts.map((p) => ({ slotId: p.slot.id, no: p.no, contentHash: p.contentHash, snapshot: p.content }));
      const moved: string[] = [];
      try {
        deps.db.transaction(() => {
          records.insert(
            {
              bundleId,
              clientId: data.client.id,
              from: data.from,
              to: data.to,
              version,
              statuses: data.statuses,
              language: input.language,
              outDir,
              zipPath,
              reviewPath,
              appVersion: deps.appVersion,
              createdAt,
            },
            posts,
          );
          deps.sending.mark(gathered.posts, bundleId);
          fs.renameSync(zipTmp, zipPath);
          moved.push(zipPath);
          fs.renameSync(reviewTmp, reviewPath);
          moved.push(reviewPath);
        })();
      } catch (err) {
        for (const f of moved) fs.rmSync(f, { force: true });
        throw fileError(err, moved.length === 0 ? zipPath : reviewPath);
      }
      progress('done', 1);
      return { bundleId, version, zipPath, reviewPath, posts: data.posts.length };
    } catch (err) {
      const byUser = signal.aborted;
      controller.abort();
      // Let Chromium and the zip stream stop before their folder goes, or they would recreate files in it.
      await Promise.allSettled(pending);
      throw byUser ? cancelledError() : fileError(err, tmp ?? outDir);
    } finally {
      if (tmp) await fsp.rm(tmp, { recursive: true, force: true });
      running.delete(jobId);
    }
  }

  return {
    create,
    /** True when a running job was told to stop; it then rejects with `cancelled`. */
    cancel(jobId: string): boolean {
      const c = running.get(jobId);
      if (!c) return false;
      c.abort();
      return true;
    },
  };
}

/** A vanished or unreadable original is found before anything is written. */
async function assertAssetsReadable(data: ExportData) {
  for (const p of data.posts) {
    for (const a of p.assets) {
      try {
        await fsp.access(a.source, fs.constants.R_OK);
      } catch {
        throw assetMissing(a.name);
      }
    }
  }
}
