import type { TFunction } from 'i18next';

/** Up to `max` characters of the text on one line; cut between words, with an ellipsis. */
function quote(text: string, max = 28): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const chars = [...one];
  if (chars.length <= max) return one;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(chars[max - 1] === ' ' || space < max / 2 ? head : head.slice(0, space)).trimEnd()}…`;
}

/** Where an issue is, as the words it points at: at “belnja”, from “lanjut baca…”, before “selengkapnya”. */
export function placeOf(t: TFunction, text: string, from: number, to?: number): string {
  if (to === undefined || to <= from) return t('editor.beforeText', { text: quote(text.slice(from, from + 40)) });
  if (to === text.length && to - from > 28) return t('editor.fromText', { text: quote(text.slice(from, from + 40)) });
  return t('editor.atText', { text: quote(text.slice(from, to)) });
}
