import { createHash } from 'node:crypto';
import { ReviewBundle } from '../../../shared/review/bundle';
import { periodLabel } from '../../../shared/review/format';
import { fill, REVIEW_STRINGS } from '../../../shared/review/strings';
import { finishSection, overviewTable, postCard } from './page/cards';
import { esc, jsonForScript } from './page/html';
import { tr, whoOf } from './page/previews';
import { REVIEW_SCRIPT } from './page/script';
import { reviewCss } from './page/style';
import { printFontFaces } from './fonts';

export interface RenderOptions {
  /**
   * The PDF's variant of the same page: the bundled fonts (served by the printer at `fonts/`
   * beside the page), no script. review.html itself leaves fonts to the phone and stays small.
   */
  print?: boolean;
}

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * review.html (DESIGN.md §7): one self-contained file the client opens offline, from a phone or
 * a desktop. Every card is rendered here, so the page reads and prints with no script; the one
 * inline script adds the decisions. Strict CSP: nothing may load, connect or submit; the inline
 * style and script run only because their hashes are listed.
 */
export function renderReviewHtml(input: ReviewBundle, opts: RenderOptions = {}): string {
  const bundle = ReviewBundle.parse(input);
  const lang = bundle.language;
  const s = REVIEW_STRINGS[lang];
  const who = whoOf(bundle.client.name);
  const color = /^#[0-9a-fA-F]{6}$/.test(bundle.client.color) ? bundle.client.color : '#2b59c3';
  const period = periodLabel(bundle.period.from, bundle.period.to, lang);

  const body = `
<header class="top"><div class="wrap">
  <div class="brand"><span class="avatar" aria-hidden="true">${esc(who.initials)}</span><div>
    <div class="kicker">${tr('heading', s.heading)}</div>
    <h1>${esc(bundle.client.name)}</h1>
    <div class="period"><span data-period>${esc(period)}</span> · <span data-t="version" data-tp="${esc(JSON.stringify({ n: bundle.version }))}">${esc(fill(s.version, { n: bundle.version }))}</span></div>
  </div></div>
  <div class="lang" role="group" aria-label="${esc(s.language)}" data-tal="language">
    <button type="button" data-lang="id" aria-pressed="${lang === 'id'}" lang="id" aria-label="Bahasa Indonesia">ID</button>
    <button type="button" data-lang="en" aria-pressed="${lang === 'en'}" lang="en" aria-label="English">EN</button>
  </div>
</div></header>
<main class="wrap">
  <section class="intro">
    <p>${tr('intro', s.intro)}</p>
    <ol>${s.steps.map((step, i) => `<li>${tr(`steps.${i}`, step)}</li>`).join('')}</ol>
    <p class="noscript">${tr('noScript', s.noScript)}</p>
    <p class="small dim">${tr('offline', s.offline)} ${tr('storedNote', s.storedNote)}</p>
  </section>
  ${overviewTable(bundle, s, lang)}
  <div class="posts">${bundle.posts.map((p) => postCard(p, bundle, who, s, lang, !!opts.print)).join('\n')}</div>
  ${opts.print ? '' : finishSection(s)}
</main>
<footer>${tr('madeWith', s.madeWith)}</footer>
${
  opts.print
    ? ''
    : `<div class="bar needs-js"><div class="wrap"><div class="count-text"><span id="progress-text" role="status" aria-live="polite">${esc(fill(s.progress, { done: 0, total: bundle.posts.length }))}</span>
  <progress id="progress-bar" value="0" max="${Math.max(1, bundle.posts.length)}" aria-label="${esc(s.progressLabel)}" data-tal="progressLabel"></progress></div>
  <a href="#finish">${tr('toFinish', s.toFinish)}</a></div></div>`
}`;

  const css = (opts.print ? `${printFontFaces()}\n` : '') + reviewCss(color);
  const pageData = {
    bundleId: bundle.bundleId,
    version: bundle.version,
    language: lang,
    client: { id: bundle.client.id, name: bundle.client.name },
    period: bundle.period,
    posts: bundle.posts.map((p) => ({ id: p.id, no: p.no, contentHash: p.contentHash, localDate: p.localDate, localTime: p.localTime, topic: p.topic })),
    strings: REVIEW_STRINGS,
  };
  const csp = [
    "default-src 'none'",
    opts.print ? "script-src 'none'" : `script-src ${cspHash(REVIEW_SCRIPT)}`,
    `style-src ${cspHash(css)}`,
    'img-src data:',
    opts.print ? "font-src 'self'" : '',
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter(Boolean)
    .join('; ');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Rencana">
<title>${esc(`${s.heading} — ${bundle.client.name} · ${period} · v${bundle.version}`)}</title>
<style>${css}</style>
</head>
<body>${body}
${opts.print ? '' : `<script type="application/json" id="review-data">${jsonForScript(pageData)}</script>\n<script>${REVIEW_SCRIPT}</script>`}
</body>
</html>
`;
}
