import type { ReviewBundle } from '../../../shared/review/bundle';
import { PLATFORM_LABELS } from '../../../shared/domain/platforms';
import { formatLongDate, formatPeriod } from '../../../shared/domain/formatDate';
import { FORMAT_WORDS, STATUS_WORDS } from '../../../shared/review/words';

/**
 * PLACEHOLDER until issue 9c's review page is merged (9c's `renderReviewHtml` replaces this
 * file): a static, script-free page listing the bundle, good enough for the export pipeline
 * and the PDF to run end to end. No network, every user text escaped.
 */
const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderReviewHtml(bundle: ReviewBundle): string {
  const lang = bundle.language;
  const rows = bundle.posts
    .map((p) => {
      const img = p.images.find((i) => i.thumb)?.thumb;
      const copy = p.variants
        .map((v) => `<p><b>${esc(PLATFORM_LABELS[v.platform])}</b><br>${esc(v.plain).replace(/\n/g, '<br>')}</p>`)
        .join('');
      return `<tr><td>${p.no}</td><td>${esc(formatLongDate(p.localDate, lang))}<br>${esc(p.localTime)} ${esc(p.zoneLabel)}</td>
<td>${esc(FORMAT_WORDS[lang][p.format])}<br>${esc(p.pillar)}</td><td><b>${esc(p.topic)}</b><br>${esc(p.visualBrief)}</td>
<td>${img ? `<img alt="" src="${esc(img)}">` : ''}</td><td>${copy}</td><td>${esc(STATUS_WORDS[lang][p.status])}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EP ${esc(bundle.client.name)} v${bundle.version}</title>
<style>body{font-family:sans-serif;margin:16px}table{border-collapse:collapse;width:100%}td{border:1px solid #ccc;padding:6px;vertical-align:top;font-size:12px}img{max-width:120px}</style>
</head><body>
<h1>EP ${esc(bundle.client.name)}</h1>
<p>${esc(formatPeriod(bundle.period.from, bundle.period.to, lang))} · v${bundle.version}</p>
<table><tbody>
${rows}
</tbody></table>
</body></html>`;
}
