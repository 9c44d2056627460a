import fs from 'node:fs';
import path from 'node:path';
import type { KpiRow, Report, ReportPost, Totals } from '../../../shared/contract/reports';
import { PLATFORM_LABELS, type Platform } from '../../../shared/domain/platforms';
import { compareChart, dailyChart, heatmapChart, platformChart, type ChartWords } from '../../../shared/reports/charts';
import { REPORT_STRINGS, fill, numberFormat } from '../../../shared/reports/strings';
import { periodLabel, shortDate, type ReviewLanguage } from '../../../shared/review/format';
import { zoneLabel } from '../../../shared/domain/time';
import { printFontFaces } from '../review/fonts';
import { esc } from '../review/page/html';
import { chartSvg } from './svg';

/** A post's first image as a data URL, from 9a's thumbnails (`<dataDir>/assets/thumbs/<hash>.jpg`). */
export function thumbDataUrl(dataDir: string, hash: string | null): string | null {
  if (!hash || !/^[a-f0-9]{16,128}$/.test(hash)) return null;
  const file = path.join(dataDir, 'assets', 'thumbs', `${hash}.jpg`);
  return fs.existsSync(file) ? `data:image/jpeg;base64,${fs.readFileSync(file).toString('base64')}` : null;
}

export function chartWords(lang: ReviewLanguage): ChartWords {
  const s = REPORT_STRINGS[lang];
  return {
    engagements: s.engagements,
    posts: s.posts,
    thisPeriod: s.period,
    previousPeriod: s.previous,
    weekdays: s.weekdays.map((d) => d.slice(0, 3)),
    metricNames: s.fields,
    platformNames: PLATFORM_LABELS,
  };
}

/** The formula of a KPI row in words, with its numbers. */
export function formulaText(k: KpiRow, lang: ReviewLanguage): string {
  const s = REPORT_STRINGS[lang];
  const n = numberFormat(lang);
  const p = k.formula.params;
  const params: Record<string, string | number> = {
    ...p,
    field: (s.fields as Record<string, string>)[String(p.field)] ?? String(p.field ?? ''),
    base: s.bases[p.base as keyof typeof s.bases] ?? String(p.base ?? ''),
    numerator: typeof p.numerator === 'number' ? n.int(p.numerator) : '',
    denominator: typeof p.denominator === 'number' ? n.int(p.denominator) : '',
  };
  const key = `f_${k.formula.key}` as keyof typeof s;
  return fill(typeof s[key] === 'string' ? (s[key] as string) : '', params);
}

export function kpiValue(k: KpiRow, v: number | null, lang: ReviewLanguage): string {
  const n = numberFormat(lang);
  if (v === null) return '—';
  return k.key === 'er' || k.unit.trim() === '%' ? n.pct(v) : n.int(v);
}

const delta = (now: number, before: number, lang: ReviewLanguage) => {
  if (before === 0) return now === 0 ? '—' : '▲';
  const d = ((now - before) / before) * 100;
  return `${d >= 0 ? '▲' : '▼'} ${numberFormat(lang).dec(Math.abs(d))}%`;
};

function kpiTable(rows: KpiRow[], lang: ReviewLanguage): string {
  const s = REPORT_STRINGS[lang];
  const n = numberFormat(lang);
  if (rows.length === 0) return '';
  return `<table class="kpi"><thead><tr><th>${s.metric}</th><th>${s.target}</th><th>${s.actual}</th><th>${s.progress}</th><th>${s.formula}</th></tr></thead><tbody>${rows
    .map(
      (k) =>
        `<tr><td>${esc(k.metric)}</td><td class="num">${kpiValue(k, k.target, lang)}</td><td class="num">${kpiValue(k, k.actual, lang)}</td><td class="num ${k.progress !== null && k.progress >= 1 ? 'ok' : ''}">${k.progress === null ? '—' : n.pct(k.progress * 100)}</td><td class="formula">${esc(formulaText(k, lang))}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function breakdownTable(title: string, rows: Report['byPlatform'], lang: ReviewLanguage, label: (k: string) => string): string {
  const s = REPORT_STRINGS[lang];
  const n = numberFormat(lang);
  return `<div class="half"><h3>${title}</h3><table><thead><tr><th></th><th>${s.posts}</th><th>${s.fields.reach}</th><th>${s.engagements}</th><th>ER</th></tr></thead><tbody>${rows
    .map((b) => `<tr><td>${esc(label(b.key))}</td><td class="num">${n.int(b.totals.posts)}</td><td class="num">${n.int(b.totals.metrics.reach)}</td><td class="num">${n.int(b.totals.engagements)}</td><td class="num">${b.totals.er === null ? '—' : n.pct(b.totals.er * 100)}</td></tr>`)
    .join('')}</tbody></table></div>`;
}

function postCards(posts: ReportPost[], dataDir: string, lang: ReviewLanguage): string {
  const s = REPORT_STRINGS[lang];
  const n = numberFormat(lang);
  return `<div class="posts">${posts
    .map((p) => {
      const thumb = thumbDataUrl(dataDir, p.assetHash);
      const text = p.topic || p.caption;
      return `<div class="post">${thumb ? `<img src="${thumb}" alt="">` : '<div class="noimg"></div>'}<div><div class="meta">${esc(PLATFORM_LABELS[p.platform as Platform] ?? p.platform)} · ${esc(shortDate(p.date, lang))}</div><div class="cap">${esc(text.slice(0, 140))}</div><div class="nums">${s.engagements}: <b>${n.int(p.engagements)}</b>${p.metrics.reach !== undefined ? ` · ${s.fields.reach}: ${n.int(p.metrics.reach)}` : ''}${p.er !== null ? ` · ER ${n.pct(p.er * 100)}` : ''}</div></div></div>`;
    })
    .join('')}</div>`;
}

const STYLE = `
  body{font-family:"Rencana Inter","Rencana Emoji",sans-serif;color:#212529;font-size:10.5px;margin:0}
  h1{font-size:20px;margin:0 0 2px}h2{font-size:14px;margin:18px 0 6px;border-bottom:2px solid var(--c);padding-bottom:3px}h3{font-size:12px;margin:8px 0 4px}
  .sub{color:#495057}.cards{display:flex;gap:6px;flex-wrap:wrap}.card{border:1px solid #dee2e6;border-radius:6px;padding:6px 8px;min-width:88px}
  .card b{display:block;font-size:15px}.card small{color:#868e96}
  table{border-collapse:collapse;width:100%;margin:4px 0}th,td{border-bottom:1px solid #e9ecef;padding:3px 5px;text-align:left;vertical-align:top}
  th{background:#f1f3f5}.num{text-align:right;white-space:nowrap}.ok{color:#2b8a3e;font-weight:600}.formula{color:#495057;font-size:9px;white-space:nowrap}
  .note{color:#495057;font-size:9.5px;margin:3px 0}.row{display:flex;gap:12px}.half{flex:1;min-width:0}
  .chart svg{width:100%;height:auto}.tables .half{margin-bottom:6px}.posts{display:grid;grid-template-columns:1fr 1fr;gap:6px}
  .post{display:flex;gap:6px;border:1px solid #dee2e6;border-radius:6px;padding:5px;break-inside:avoid}
  .post img,.noimg{width:52px;height:52px;object-fit:cover;border-radius:4px;background:#f1f3f5;flex:none}
  .meta{color:#868e96;font-size:9px}.cap{margin:2px 0;overflow-wrap:anywhere}.commentary{white-space:pre-wrap;overflow-wrap:anywhere;border-left:3px solid var(--c);padding:2px 8px;margin:4px 0}
  section{break-inside:avoid}`;

/** The monthly report as one printable page (no script; charts are static SVG from ECharts). */
export function renderReportHtml(r: Report, opts: { lang: ReviewLanguage; dataDir: string }): string {
  const { lang } = opts;
  const s = REPORT_STRINGS[lang];
  const n = numberFormat(lang);
  const w = chartWords(lang);
  const t: Totals = r.totals;
  const prev = r.previousTotals;
  const card = (label: string, now: number, before: number, fmt = n.int) =>
    `<div class="card"><small>${label}</small><b>${fmt(now)}</b><small>${s.vsPrevious}: ${delta(now, before, lang)}</small></div>`;
  const erDef = r.settings.erBase === 'followers' ? s.erDefFollowers : fill(s.erDef, { base: s.bases[r.settings.erBase] });
  const commentary = (title: string, text: string) => (text.trim() ? `<h3>${title}</h3><div class="commentary">${esc(text)}</div>` : '');
  const empty = t.posts === 0;

  const body = `
  <header><h1>${s.title} — ${esc(r.client.name)}</h1>
  <div class="sub">${s.period}: ${esc(periodLabel(r.from, r.to, lang))} · ${s.previous}: ${esc(periodLabel(r.previous.from, r.previous.to, lang))} · ${s.zone}: ${esc(zoneLabel(r.client.timezone))} (${esc(r.client.timezone)})</div></header>
  ${commentary(s.summary, r.notes.summary)}
  <h2>${s.totals}</h2>
  ${empty ? `<p>${s.noData}</p>` : ''}
  <div class="cards">${card(s.posts, t.posts, prev.posts)}${card(s.fields.reach, t.metrics.reach, prev.metrics.reach)}${card(s.fields.impressions, t.metrics.impressions, prev.metrics.impressions)}${card(s.fields.views, t.metrics.views, prev.metrics.views)}${card(s.engagements, t.engagements, prev.engagements)}${card(s.er, (t.er ?? 0) * 100, (prev.er ?? 0) * 100, n.pct)}${card(s.fields.follows, t.metrics.follows, prev.metrics.follows)}</div>
  <p class="note">${esc(erDef)}</p>
  ${r.unmatched ? `<p class="note">${fill(s.unmatched, { count: r.unmatched })}</p>` : ''}
  <section><h2>${s.kpi}</h2>
  ${r.kpis.length ? `<h3>${s.monthKpi}</h3>${kpiTable(r.kpis, lang)}` : ''}
  ${r.campaigns.map((c) => (c.kpis.length ? `<h3>${s.campaign}: ${esc(c.name)}</h3>${kpiTable(c.kpis, lang)}` : '')).join('')}
  </section>
  <section class="row"><div class="half chart"><h3>${s.vsPrevious}</h3>${chartSvg(compareChart(r, w), 360, 220)}</div><div class="half chart"><h3>${s.byPlatform}</h3>${chartSvg(platformChart(r, w), 360, 220)}</div></section>
  <section class="chart"><h3>${s.daily}</h3>${chartSvg(dailyChart(r, w), 740, 220)}</section>
  <section class="tables">${breakdownTable(s.byPlatform, r.byPlatform, lang, (k) => PLATFORM_LABELS[k as Platform] ?? k)}${breakdownTable(s.byPillar, r.byPillar, lang, (k) => k || s.none)}${breakdownTable(s.byFormat, r.byFormat, lang, (k) => k || s.none)}</section>
  <section><h2>${s.top}</h2>${postCards(r.top, opts.dataDir, lang)}</section>
  ${r.bottom.length ? `<section><h2>${s.bottom}</h2>${postCards(r.bottom, opts.dataDir, lang)}</section>` : ''}
  <section class="chart"><h2>${s.heatmap}</h2>${chartSvg(heatmapChart(r, w), 740, 300)}
  <p class="note">${s.heatmapNote}</p>
  ${r.heatmap.thin ? `<p class="note">${fill(s.thin, { posts: r.heatmap.timedPosts, min: r.heatmap.minPosts })}</p>` : ''}
  ${r.heatmap.untimedPosts ? `<p class="note">${fill(s.untimed, { count: r.heatmap.untimedPosts })}</p>` : ''}
  ${r.suggestions.length ? `<h3>${s.suggestions}</h3><p>${r.suggestions.map((g) => `${esc(PLATFORM_LABELS[g.platform])}: ${s.weekdays[g.weekday - 1]} ${g.time} (${g.posts} ${s.posts.toLowerCase()})`).join(' · ')}</p>` : ''}</section>
  ${commentary(s.insights, r.notes.insights)}
  ${commentary(s.nextPlan, r.notes.nextPlan)}`;

  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src 'self'">
<title>${esc(`${s.title} ${r.client.name} ${r.from}`)}</title><style>${printFontFaces()}:root{--c:${/^#[0-9a-f]{6}$/i.test(r.client.color) ? r.client.color : '#1c7ed6'}}${STYLE}</style></head><body>${body}</body></html>`;
}
