import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core';
import { readZip } from '../../electron/core/feedback/zip';
import type { Input, Method, Output } from '../../shared/contract/methods';
import { BundleManifest, Feedback } from '../../shared/review/bundle';

type Core = ReturnType<typeof createCore>;
async function call<M extends Method>(core: Core, m: M, input: Input<M>): Promise<Output<M>> {
  const r = await core.dispatch(m, input);
  if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
  return r.value as Output<M>;
}

const FEEDBACK_RUNS = 7;

/**
 * The measured half of the export bench, in a process of its own so its peak memory is the
 * export's (image generation in the parent would otherwise dominate it). Prints one JSON line.
 */
async function main() {
  const [dataDir, outRoot, clientId, runsArg, dialogArg] = process.argv.slice(2) as [string, string, string, string, string];
  const runs = Number(runsArg);
  const dialogOpenMs = Number(dialogArg);
  const marks: Array<Record<string, number>> = [];
  let t0 = 0;
  let current: Record<string, number> = {};
  const core = createCore({
    dataDir,
    version: 'bench',
    onEvent: (e) => {
      if (e.event !== 'export.progress') return;
      const at = Math.round(performance.now() - t0);
      if (e.payload.phase === 'zip') current.pdfAndXlsxDoneMs = at;
      if (e.payload.phase === 'done') current.doneMs = at;
    },
  });
  const originals = fs.readdirSync(path.join(outRoot, 'originals')).map((f) => path.join(outRoot, 'originals', f));
  const period = { clientId, from: '2027-02-01', to: '2027-02-28' };
  const copyMs: number[] = [];
  const exportMs: number[] = [];
  let lastZip = '';
  for (let run = 0; run < runs; run++) {
    // The reference: copy the same 60 originals, nothing else.
    const copyDir = path.join(outRoot, `copy-${run}`);
    fs.mkdirSync(copyDir);
    const c0 = performance.now();
    await Promise.all(originals.map((f) => fs.promises.copyFile(f, path.join(copyDir, path.basename(f)))));
    copyMs.push(performance.now() - c0);
    fs.rmSync(copyDir, { recursive: true });

    // As in the app: the dialog's preview first (it warms the PDF's browser), the user reads it,
    // then the export. The reading time is a stated model, printed with the figures.
    const p = await core.dispatch('exports.preview', period);
    if (!p.ok) throw new Error(p.error.message);
    await new Promise((resolve) => setTimeout(resolve, dialogOpenMs));
    current = {};
    t0 = performance.now();
    const r = await call(core, 'exports.create', { ...period, outDir: path.join(outRoot, `out-${run}`), language: 'id' });
    exportMs.push(performance.now() - t0);
    marks.push(current);
    if (run < runs - 1) fs.rmSync(path.join(outRoot, `out-${run}`), { recursive: true });
    else lastZip = r.zipPath;
  }
  // The export's memory, before the feedback part below runs in the same process.
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const feedback = await feedbackImport(core, lastZip);
  core.close();
  console.log(JSON.stringify({ copyMs, exportMs, marks, maxRssMb, feedback }));
}

/**
 * The client's answer to the last bundle, as review.html saves it: a third of the posts approved,
 * a third sent back with a comment, a third left. Each run previews and applies the file, as the
 * import dialog does, then undoes it for the next run. Beside it, the bare reference: reading and
 * parsing the same file with the same schema, nothing else.
 */
async function feedbackImport(core: Core, zipPath: string) {
  const manifestBytes = (await readZip(zipPath, (n) => n === 'manifest.json', 'bench')).get('manifest.json')!;
  const manifest = BundleManifest.parse(JSON.parse(manifestBytes.toString('utf8')));
  const file = path.join(path.dirname(zipPath), `feedback-${manifest.bundleId}.json`);
  const fb: Feedback = {
    format: 'rencana-feedback',
    formatVersion: 1,
    bundleId: manifest.bundleId,
    clientId: manifest.client.id,
    reviewer: 'Bu Rina',
    note: 'Secara umum sudah oke, beberapa perlu revisi.',
    submittedAt: new Date().toISOString(),
    decisions: manifest.posts.map((p, i) => ({
      postId: p.id,
      contentHash: p.contentHash,
      decision: i % 3 === 0 ? 'approve' : i % 3 === 1 ? 'changes' : null,
      comment: i % 3 === 1 ? `Post ${p.no}: fotonya diganti yang lebih terang ya, dan tambahkan info jam buka.` : '',
    })),
  };
  fs.writeFileSync(file, JSON.stringify(fb, null, 2));
  const importMs: number[] = [];
  const parseMs: number[] = [];
  let applied = { approve: 0, changes: 0 };
  for (let run = 0; run < FEEDBACK_RUNS; run++) {
    const p0 = performance.now();
    Feedback.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    parseMs.push(performance.now() - p0);

    const t0 = performance.now();
    const preview = await call(core, 'feedback.preview', { path: file });
    const apply = await call(core, 'feedback.apply', { feedback: preview.feedback, source: preview.source, fileName: path.basename(file) });
    importMs.push(performance.now() - t0);
    applied = { approve: apply.counts.approve, changes: apply.counts.changes };
    await call(core, 'feedback.undo', { importId: apply.id });
  }
  return { posts: manifest.posts.length, applied, importMs, parseMs };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
