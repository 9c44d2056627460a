import type { ReviewImage, ReviewPost } from '../../../../shared/review/bundle';
import { PLATFORM_LABELS, type Platform } from '../../../../shared/domain/platforms';
import type { ReviewStrings } from '../../../../shared/review/strings';
import { esc, icon, richText, safeThumb } from './html';

/**
 * Platform mock-ups of one post, drawn with the page's own CSS and inline icons: close enough to
 * the real feed to judge the picture, the caption and its length; no platform logo or font.
 */
export interface Who {
  name: string;
  handle: string;
  initials: string;
}

export function whoOf(clientName: string): Who {
  const handle = clientName.toLowerCase().normalize('NFKD').replace(/[^a-z0-9_.]+/g, '').slice(0, 30) || 'brand';
  const initials = clientName.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => [...w][0]!.toUpperCase()).join('') || '•';
  return { name: clientName, handle, initials };
}

/** `<span data-t>`: text the page's language switch can replace. */
export const tr = (key: string, text: string, params?: Record<string, string | number>) =>
  `<span data-t="${esc(key)}"${params ? ` data-tp="${esc(JSON.stringify(params))}"` : ''}>${esc(text)}</span>`;

function avatar(w: Who, ring = false): string {
  const a = `<span class="avatar" aria-hidden="true">${esc(w.initials)}</span>`;
  return ring ? `<span class="ring">${a}</span>` : a;
}

function oneVisual(img: ReviewImage, s: ReviewStrings, i: number, n: number): string {
  const src = safeThumb(img.thumb);
  const badge = n > 1 ? `<span class="count">${i + 1}/${n}</span>` : '';
  const play = img.kind === 'video' ? `<span class="play">${icon('play')}</span>` : '';
  if (src) return `<figure class="shot"><img src="${src}" alt="${esc(img.file)}" loading="lazy" decoding="async">${play}${badge}</figure>`;
  const label = img.kind === 'video' ? tr('video', s.video) : tr('file', s.file);
  return `<figure class="shot empty">${icon(img.kind === 'video' ? 'play' : 'file', 'ic big')}<figcaption>${label}<br><small>${esc(img.file)}</small></figcaption>${badge}</figure>`;
}

/** The picture area: a swipeable strip of the visuals, or the brief when there is none yet. */
export function media(post: ReviewPost, s: ReviewStrings, shape: 'square' | 'wide' | 'tall'): string {
  if (post.images.length === 0) {
    const brief = post.visualBrief.trim() || post.topic.trim();
    const text = brief ? esc(brief.length > 160 ? `${brief.slice(0, 159)}…` : brief) : tr('noVisual', s.noVisual);
    return `<div class="media ${shape} placeholder">${icon('photo', 'ic big')}<p>${text}</p></div>`;
  }
  const shots = post.images.map((img, i) => oneVisual(img, s, i, post.images.length)).join('');
  return `<div class="media ${shape}"><div class="strip">${shots}</div></div>`;
}

function caption(plain: string, s: ReviewStrings): string {
  return plain.trim() ? `<div class="caption">${richText(plain)}</div>` : `<p class="nocopy">${tr('noCopy', s.noCopy)}</p>`;
}

const actions = (names: Parameters<typeof icon>[0][], cls = '') =>
  `<div class="acts ${cls}" aria-hidden="true">${names.map((n) => icon(n)).join('')}</div>`;

/** `when`: the post's date as markup (an element the page re-formats when the client switches language). */
export function preview(platform: Platform, plain: string, post: ReviewPost, w: Who, when: string, s: ReviewStrings): string {
  const head = (extra: string) => `<div class="mhead">${avatar(w, platform === 'instagram')}${extra}${icon('dots', 'ic dim push')}</div>`;
  switch (platform) {
    case 'instagram':
      return `<div class="mock ig">${head(`<b>${esc(w.handle)}</b>`)}${media(post, s, post.format === 'story' || post.format === 'reel' ? 'tall' : 'square')}
        ${actions(['heart', 'comment', 'send', 'bookmark'], 'ig-acts')}
        <div class="mbody"><b>${esc(w.handle)}</b> ${caption(plain, s)}<div class="when">${when}</div></div></div>`;
    case 'tiktok':
      return `<div class="mock tt">${media(post, s, 'tall')}<div class="rail" aria-hidden="true">${avatar(w)}${icon('heart')}${icon('comment')}${icon('bookmark')}${icon('share')}</div>
        <div class="ttcap"><b>@${esc(w.handle)}</b>${caption(plain, s)}<div class="sound">${icon('music')} <span>${esc(w.name)}</span></div></div></div>`;
    case 'x':
    case 'threads':
      return `<div class="mock text ${platform}"><div class="row">${avatar(w)}<div class="col">
        <div class="who">${platform === 'x' ? `<b>${esc(w.name)}</b> <span class="dim">@${esc(w.handle)} · ${when}</span>` : `<b>${esc(w.handle)}</b> <span class="dim">${when}</span>`}</div>
        ${caption(plain, s)}${post.images.length ? media(post, s, 'wide') : ''}
        ${actions(platform === 'x' ? ['comment', 'repost', 'heart', 'bookmark', 'share'] : ['heart', 'comment', 'repost', 'send'], platform === 'x' ? 'spread' : '')}</div></div></div>`;
    case 'facebook':
    case 'linkedin': {
      const acts =
        platform === 'facebook'
          ? [['thumb', 'like'], ['comment', 'comment'], ['share', 'share']]
          : [['thumb', 'like'], ['comment', 'comment'], ['repost', 'repost'], ['send', 'send']];
      return `<div class="mock feed ${platform}">${head(`<div><b>${esc(w.name)}</b><div class="dim small">${when} · ${icon('globe', 'ic tiny')}</div></div>`)}
        <div class="mbody">${caption(plain, s)}</div>${media(post, s, 'wide')}
        <div class="acts spread labelled" aria-hidden="true">${acts.map(([i, k]) => `<span>${icon(i as Parameters<typeof icon>[0])}${tr(`mock.${k}`, s.mock[k as keyof typeof s.mock])}</span>`).join('')}</div></div>`;
    }
    case 'youtube':
      return `<div class="mock yt">${media(post, s, post.format === 'short' ? 'tall' : 'wide')}<div class="row">${avatar(w)}<div class="col">
        <b class="yt-title">${esc(post.topic || w.name)}</b><div class="dim small">${esc(w.name)} · ${when}</div>${caption(plain, s)}</div></div></div>`;
    default:
      return `<div class="mock plain">${head(`<b>${esc(w.name)}</b><span class="dim small">${esc(PLATFORM_LABELS[platform])}</span>`)}
        <div class="mbody">${caption(plain, s)}</div>${post.images.length ? media(post, s, 'wide') : ''}</div>`;
  }
}
