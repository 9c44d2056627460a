import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core';

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
    const r = await core.dispatch('exports.create', { ...period, outDir: path.join(outRoot, `out-${run}`), language: 'id' });
    exportMs.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.error.message);
    marks.push(current);
    fs.rmSync(path.join(outRoot, `out-${run}`), { recursive: true });
  }
  core.close();
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ copyMs, exportMs, marks, maxRssMb }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
