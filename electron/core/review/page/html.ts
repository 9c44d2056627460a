import { escapeHtml } from '../../../../shared/text/html';

/** The only way user text enters the review page: escaped for text and for quoted attributes. */
export const esc = escapeHtml;

/** JSON inside `<script type="application/json">`: no `</script>`, no line separators that old parsers trip on. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A JSON value in a quoted attribute (`data-tp='{"no":3}'` style params). */
export const attrJson = (value: unknown) => esc(JSON.stringify(value));

/** Thumbnails are data URLs of a picture, nothing else: anything else is dropped. */
export function safeThumb(src: string | null): string | null {
  return src && /^data:image\/(?:jpeg|png|webp|gif);base64,[A-Za-z0-9+/]+=*$/.test(src) ? src : null;
}

/** Caption text with hashtags, mentions and links set apart, every piece escaped. */
export function richText(text: string): string {
  const TOKEN = /(#[\p{L}\p{M}\p{N}_]+|@[\p{L}\p{N}_.]+|https?:\/\/[^\s<>"']+)/gu;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out += esc(text.slice(last, m.index));
    out += `<span class="ent">${esc(m[0])}</span>`;
    last = m.index + m[0].length;
  }
  return out + esc(text.slice(last));
}

/** Line icons drawn inline (no icon font, no request). */
const PATHS = {
  heart: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z',
  comment: 'M4 12a8 8 0 1 1 3.3 6.5L4 20l1.2-3.6A8 8 0 0 1 4 12z',
  send: 'M21 3 3 10.5l7 2.5 2.5 7L21 3zM10 13l5-5',
  bookmark: 'M6 3h12v18l-6-4-6 4z',
  repost: 'M4 9V7a2 2 0 0 1 2-2h12l-3-3m3 3-3 3M20 15v2a2 2 0 0 1-2 2H6l3 3m-3-3 3-3',
  share: 'M14 5l7 7-7 7v-4c-5 0-8 1.5-10 5 .5-5 3-10 10-11z',
  thumb: 'M7 11v9H4v-9h3zm0 0 4-8a2 2 0 0 1 2 2v4h5a2 2 0 0 1 2 2.3l-1.2 7A2 2 0 0 1 16.8 20H7',
  dots: 'M5 12h.01M12 12h.01M19 12h.01',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm-9 9h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z',
  play: 'M8 5v14l11-7z',
  check: 'M5 12.5 10 17l9-10',
  pencil: 'M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4',
  music: 'M9 18V5l11-2v13M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0zm11-2a3 3 0 1 1-6 0 3 3 0 0 1 6 0z',
  photo: 'M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9h.01',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
} as const;
export type IconName = keyof typeof PATHS;

export function icon(name: IconName, cls = 'ic'): string {
  const filled = name === 'play';
  return `<svg class="${cls}" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="${filled ? 'currentColor' : 'none'}" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"><path d="${PATHS[name]}"/></svg>`;
}
