import type { ReviewBundle, ReviewChange, ReviewPost } from '../../../../shared/review/bundle';
import { PLATFORM_LABELS, type Platform } from '../../../../shared/domain/platforms';
import { toWallTime } from '../../../../shared/domain/time';
import { longDate, shortDate, type ReviewLanguage } from '../../../../shared/review/format';
import { fill, type ReviewStrings } from '../../../../shared/review/strings';
import { diffWords } from '../../../../shared/text/diff';
import { esc, icon, richText, safeThumb } from './html';
import { preview, tr, type Who } from './previews';

/** Server-rendered parts of the page: it reads and prints without its script. */

/** A date the page's script re-formats when the client switches language. */
const dateEl = (date: string, style: 'long' | 'short', lang: ReviewLanguage) =>
  `<span data-date="${esc(date)}" data-style="${style}">${esc(style === 'long' ? longDate(date, lang) : shortDate(date, lang))}</span>`;

const HASHTAG = /#[\p{L}\p{M}\p{N}_]+/gu;
function hashtagsOf(post: ReviewPost): string[] {
  const seen = new Set<string>();
  for (const v of post.variants) for (const m of v.plain.matchAll(HASHTAG)) seen.add(m[0]);
  return [...seen].slice(0, 60);
}

function changeValue(field: string, text: string, zone: string, lang: ReviewLanguage): string {
  if (field === 'startsAt' && /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text))) {
    const w = toWallTime(text, zone);
    return `${longDate(w.date, lang)} ${w.time}`;
  }
  return text;
}

function changes(post: ReviewPost, c: ReviewChange, b: ReviewBundle, s: ReviewStrings, lang: ReviewLanguage): string {
  const at = toWallTime(c.approvedAt, b.client.timezone).date;
  const items = c.items
    .map((item) => {
      const label = item.field in s.fields ? tr(`fields.${item.field}`, s.fields[item.field as keyof ReviewStrings['fields']]) : esc(PLATFORM_LABELS[item.field as Platform]);
      const before = changeValue(item.field, item.before, b.client.timezone, lang);
      const after = changeValue(item.field, item.after, b.client.timezone, lang);
      const ops = diffWords(before, after)
        .map((op) => (op.type === 'equal' ? esc(op.text) : op.type === 'insert' ? `<ins>${esc(op.text)}</ins>` : `<del>${esc(op.text)}</del>`))
        .join('');
      return `<li><b>${label}</b><div class="diff">${ops}</div></li>`;
    })
    .join('');
  return `<section class="changed" aria-label="${esc(fill(s.changedTitle, { date: longDate(at, lang) }))}">
    <h3>${icon('pencil')} <span data-t="changedTitle" data-tp="${esc(JSON.stringify({ date: at }))}" data-tdate="date">${esc(fill(s.changedTitle, { date: longDate(at, lang) }))}</span></h3>
    <p class="legend"><del>${tr('before', s.before)}</del> <ins>${tr('after', s.after)}</ins></p><ul>${items}</ul></section>`;
}

function platformPanels(post: ReviewPost, w: Who, s: ReviewStrings, lang: ReviewLanguage): string {
  const when = dateEl(post.localDate, 'short', lang);
  if (post.variants.length === 0) return `<div class="panels"><div class="panel">${preview('instagram', '', post, w, when, s)}</div></div>`;
  if (post.variants.length === 1) {
    const v = post.variants[0]!;
    return `<p class="only-pf">${esc(PLATFORM_LABELS[v.platform])}</p><div class="panels"><div class="panel">${preview(v.platform, v.plain, post, w, when, s)}</div></div>`;
  }
  const name = `pf-${post.no}`;
  const tabs = post.variants
    .map((v, i) => `<input class="tab" type="radio" name="${name}" id="${name}-${v.platform}"${i === 0 ? ' checked' : ''}><label for="${name}-${v.platform}">${esc(PLATFORM_LABELS[v.platform])}</label>`)
    .join('');
  const panels = post.variants
    .map((v) => `<div class="panel" role="group" aria-label="${esc(fill(s.previewOf, { platform: PLATFORM_LABELS[v.platform] }))}">${preview(v.platform, v.plain, post, w, when, s)}</div>`)
    .join('');
  return `<div class="pf" role="radiogroup" aria-label="${esc(fill(s.platformsOf, { no: post.no }))}" data-tal="platformsOf" data-tp="${esc(JSON.stringify({ no: post.no }))}">${tabs}<div class="panels">${panels}</div></div>`;
}

/**
 * The copy of every platform as plain blocks: what the PDF shows instead of the mock-ups. The
 * thumbnails come only in the PDF's page: on screen the mock-ups show them already, and each
 * inline thumbnail is tens of kilobytes the client's page would carry twice.
 */
function printCopy(post: ReviewPost, s: ReviewStrings, withThumbs: boolean): string {
  const thumbs = (withThumbs ? post.images : [])
    .map((img) => safeThumb(img.thumb))
    .filter(Boolean)
    .slice(0, 4)
    .map((src) => `<img src="${src}" alt="">`)
    .join('');
  const copies = post.variants.length
    ? post.variants.map((v) => `<div class="copy"><h4>${esc(PLATFORM_LABELS[v.platform])}</h4><div class="caption">${v.plain.trim() ? richText(v.plain) : esc(s.noCopy)}</div></div>`).join('')
    : `<p class="nocopy">${esc(s.noCopy)}</p>`;
  return `<div class="print-copy">${thumbs ? `<div class="thumbs">${thumbs}</div>` : ''}<div class="copies">${copies}</div></div>`;
}

/** One post's card; `print` is the PDF's page, which has no mock-ups and no buttons to press. */
export function postCard(post: ReviewPost, b: ReviewBundle, w: Who, s: ReviewStrings, lang: ReviewLanguage, print: boolean): string {
  const tags = hashtagsOf(post);
  const meta = [
    post.pillar.trim() ? `<div><dt>${tr('pillar', s.pillar)}</dt><dd>${esc(post.pillar)}</dd></div>` : '',
    post.visualBrief.trim() ? `<div class="wide"><dt>${tr('visualBrief', s.visualBrief)}</dt><dd class="pre">${esc(post.visualBrief)}</dd></div>` : '',
    post.link.trim() ? `<div class="wide"><dt>${tr('link', s.link)}</dt><dd class="break">${icon('link', 'ic tiny')} ${esc(post.link)}</dd></div>` : '',
    tags.length ? `<div class="wide print-only"><dt>${esc(s.hashtags)}</dt><dd class="ent">${esc(tags.join(' '))}</dd></div>` : '',
    `<div class="print-only"><dt>${esc(s.status)}</dt><dd>${esc(s.statuses[post.status])}</dd></div>`,
  ].join('');
  const no = { no: post.no };
  return `<article class="post" id="post-${post.no}" data-post="${esc(post.id)}" aria-labelledby="t-${post.no}">
  <header class="phead">
    <span class="no">#${post.no}</span>
    <div class="when"><b>${dateEl(post.localDate, 'long', lang)}</b><span>${esc(post.localTime)} ${esc(post.zoneLabel)}</span></div>
    <span class="chip fmt">${tr(`formats.${post.format}`, s.formats[post.format])}</span>
    <span class="verdict" data-verdict aria-hidden="true"></span>
  </header>
  <h2 id="t-${post.no}" class="topic">${esc(post.topic) || '—'}</h2>
  ${post.changes ? changes(post, post.changes, b, s, lang) : ''}
  <div class="pbody">
    ${print ? '' : `<div class="screen-only previews">${platformPanels(post, w, s, lang)}</div>`}
    ${printCopy(post, s, print)}
    <div class="side">
      ${meta ? `<dl class="meta">${meta}</dl>` : ''}
      <div class="decide needs-js" role="group" aria-label="${esc(fill(s.decisionFor, no))}" data-tal="decisionFor" data-tp="${esc(JSON.stringify(no))}">
        <div class="choices">
          <button type="button" class="choice approve" data-decide="approve" aria-pressed="false">${icon('check')}${tr('approve', s.approve)}</button>
          <button type="button" class="choice changes" data-decide="changes" aria-pressed="false">${icon('pencil')}${tr('requestChanges', s.requestChanges)}</button>
        </div>
        <label class="field"><span data-t="comment" data-tp="${esc(JSON.stringify(no))}">${esc(fill(s.comment, no))}</span>
          <textarea class="comment" rows="3" maxlength="10000" placeholder="${esc(s.commentPlaceholder)}" data-tph="commentPlaceholder"></textarea></label>
        <p class="hint" hidden>${tr('commentNeeded', s.commentNeeded)}</p>
      </div>
    </div>
  </div>
</article>`;
}

export function overviewTable(b: ReviewBundle, s: ReviewStrings, lang: ReviewLanguage): string {
  const c = s.columns;
  const rows = b.posts
    .map(
      (p) => `<tr><td>${p.no}</td><td>${esc(shortDate(p.localDate, lang))}</td><td>${esc(p.localTime)}</td><td>${esc(p.variants.map((v) => PLATFORM_LABELS[v.platform]).join(', ') || '—')}</td>
      <td>${esc(s.formats[p.format])}</td><td>${esc(p.pillar)}</td><td>${esc(p.topic)}</td><td>${esc(s.statuses[p.status])}${p.changes ? ' ✎' : ''}</td></tr>`,
    )
    .join('');
  return `<section class="overview print-only"><h2>${esc(s.overview)}</h2><table><thead><tr><th>${c.no}</th><th>${c.date}</th><th>${c.time}</th><th>${c.platform}</th><th>${c.format}</th><th>${c.pillar}</th><th>${c.topic}</th><th>${c.status}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function finishSection(s: ReviewStrings): string {
  return `<section class="finish needs-js" id="finish" aria-labelledby="finish-title">
  <h2 id="finish-title">${tr('finishTitle', s.finishTitle)}</h2>
  <p>${tr('finishIntro', s.finishIntro)}</p>
  <label class="field"><span data-t="reviewer">${esc(s.reviewer)}</span><input id="reviewer" type="text" maxlength="120" autocomplete="name" placeholder="${esc(s.reviewerPlaceholder)}" data-tph="reviewerPlaceholder"></label>
  <label class="field"><span data-t="note">${esc(s.note)}</span><textarea id="note" rows="3" maxlength="10000" placeholder="${esc(s.notePlaceholder)}" data-tph="notePlaceholder"></textarea></label>
  <div class="send">
    <button type="button" class="btn wa" id="send-wa">${icon('send')}${tr('whatsapp', s.whatsapp)}</button>
    <button type="button" class="btn" id="copy">${icon('file')}${tr('copy', s.copy)}</button>
    <button type="button" class="btn" id="save">${icon('bookmark')}${tr('save', s.save)}</button>
  </div>
  <p class="status" id="status" role="status" aria-live="polite"></p>
  <details id="text-box"><summary>${tr('textLabel', s.textLabel)}</summary><textarea id="text" rows="8" readonly aria-label="${esc(s.textLabel)}" data-tal="textLabel"></textarea></details>
</section>`;
}
