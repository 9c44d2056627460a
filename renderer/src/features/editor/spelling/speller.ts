/**
 * Spelling for Indonesian and English copy, with no DOM so it runs in the worker and in tests.
 * A word passes when either dictionary knows it, or the bundled social-media word list or the
 * client's glossary has it. On top of what the dictionaries know, it accepts what Indonesian
 * captions do with words: clitics (kopinya, bukalah), reduplication (kupu-kupu), informal
 * affixes (kepoin, ngelive, direpost) and stretched letters (kerennn, yukkk). Hashtags,
 * mentions, links and words glued to numbers (12rb, 2x) are not checked.
 */
import { fromStyled } from '../document/styled';

/** What the speller needs from a Hunspell dictionary (nspell's API). */
export interface Hunspell {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export interface Misspelling {
  /** UTF-16 offsets into the checked text, `to` exclusive. */
  from: number;
  to: number;
  word: string;
}

/** Words from a list file: one entry a line (phrases split into words), '#' starts a comment. */
export function parseWordList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const l = line.trim();
    if (!l || l.startsWith('#')) continue;
    out.push(...l.split(/\s+/));
  }
  return out;
}

const key = (w: string) => w.normalize('NFC').toLowerCase();

const CLITICS = ['nya', 'lah', 'kah', 'pun', 'tah', 'ku', 'mu'];
// Written with a hyphen before names, numbers and loanwords: se-Jabodetabek, di-repost, pra-order.
const HYPHEN_PREFIXES = new Set(['se', 'ke', 'di', 'ber', 'ter', 'me', 'nge', 'pra', 'pasca', 'non', 'anti', 'multi', 'semi', 'ex', 'e', 're', 'pre', 'co']);
const TOKEN = /\S+/gu;
// Letters (incl. styled math letters, which are \p{L}) with inner apostrophes or hyphens.
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?/gu;
const SKIP_TOKEN = /[#＃@＠]|:\/\/|^www\.|\.[a-z]{2,}(?:[/?#:]|$)/iu;
const DIGIT = /\p{N}/u;

export class Speller {
  private readonly dicts: readonly Hunspell[];
  private readonly custom: Set<string>;
  private glossary = new Set<string>();
  private cache = new Map<string, boolean>();

  constructor(dicts: readonly Hunspell[], customWords: Iterable<string>) {
    this.dicts = dicts;
    this.custom = new Set([...customWords].map(key));
  }

  setGlossary(words: Iterable<string>) {
    this.glossary = new Set([...words].map(key));
    this.cache.clear();
  }

  /** Misspelt words in `text`, in order. */
  check(text: string): Misspelling[] {
    const out: Misspelling[] = [];
    TOKEN.lastIndex = 0;
    for (let t = TOKEN.exec(text); t; t = TOKEN.exec(text)) {
      if (SKIP_TOKEN.test(t[0])) continue;
      WORD.lastIndex = 0;
      for (let w = WORD.exec(t[0]); w; w = WORD.exec(t[0])) {
        const from = t.index + w.index;
        const to = from + w[0].length;
        if (DIGIT.test(text.charAt(from - 1)) || DIGIT.test(text.charAt(to))) continue;
        if (!this.isCorrect(w[0])) out.push({ from, to, word: w[0] });
      }
    }
    return out;
  }

  isCorrect(raw: string): boolean {
    const word = fromStyled(raw).replace(/’/g, "'").replace(/^['-]+|['-]+$/g, '');
    if ([...word].length <= 1) return true;
    let ok = this.cache.get(word);
    if (ok === undefined) {
      ok = this.judge(word, 0);
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(word, ok);
    }
    return ok;
  }

  private known(w: string, indonesian: boolean): boolean {
    const lower = key(w);
    if (this.custom.has(lower) || this.glossary.has(lower)) return true;
    const cap = lower.charAt(0).toUpperCase() + lower.slice(1);
    const dicts = indonesian ? this.dicts.slice(0, 1) : this.dicts;
    return dicts.some((d) => d.correct(w) || d.correct(lower) || d.correct(cap));
  }

  /** `indonesian`: judge against the first (Indonesian) dictionary and the word lists only. */
  private judge(w: string, depth: number, indonesian = false): boolean {
    if (this.known(w, indonesian)) return true;
    if (depth > 2) return false;
    const lower = key(w);
    // Acronyms: WIB, UMKM, BPOM.
    if (w.length <= 5 && w === w.toUpperCase() && w !== lower) return true;
    if (w.includes('-')) {
      const parts = w.split('-').filter(Boolean);
      const partOk = (p: string, i: number) =>
        [...p].length <= 1 || (i === 0 && HYPHEN_PREFIXES.has(key(p))) || this.judge(p, depth + 1, indonesian);
      if (parts.length > 1 && parts.every(partOk)) return true;
    }
    const base = (s: string) => s.length >= 3 && this.judge(s, depth + 1, indonesian);
    for (const c of CLITICS) if (lower.endsWith(c) && base(lower.slice(0, -c.length))) return true;
    if (lower.endsWith('in') && base(lower.slice(0, -2))) return true; // kepoin, cobain
    if (lower.startsWith('nge') && base(lower.slice(3))) return true; // ngelive
    if (lower.startsWith('di') && lower.length >= 6 && base(lower.slice(2))) return true; // direpost
    if (lower.startsWith('ku') && base(lower.slice(2))) return true; // kubeli
    // Colloquial forms stand for Indonesian words only: besk is not "bask".
    for (const b of colloquial(lower)) if (b.length >= 3 && this.judge(b, depth + 1, true)) return true;
    const stretched = lower.replace(/(\p{L})\1{2,}/gu, '$1');
    if (stretched !== lower && (this.judge(stretched, depth + 1, indonesian) || this.judge(lower.replace(/(\p{L})\1{2,}/gu, '$1$1'), depth + 1, indonesian))) {
      return true;
    }
    return false;
  }

  /** Up to `max` corrections: near words from the bundled list and glossary first, then the dictionaries'. */
  suggest(raw: string, max = 6): string[] {
    const word = fromStyled(raw);
    const lower = key(word);
    const out = new Set<string>();
    for (const w of [...this.glossary, ...this.custom]) {
      if (out.size >= max) break;
      if (w !== lower && nearby(lower, w)) out.add(w);
    }
    for (const d of this.dicts) {
      for (const s of d.suggest(word)) {
        if (out.size >= max) break;
        out.add(s);
      }
    }
    return [...out];
  }
}

/**
 * The standard words an everyday (Jakarta) spelling stands for, by the regular patterns of
 * spoken Indonesian: a→e in the last syllable (dateng, malem, bener), final -ai→-e (rame,
 * sampe), a dropped h (ilang, abis), the nasal prefix (nyoba←coba, nyari←cari, mikir←pikir,
 * nanya←tanya, ngasih←kasih, ngumumin←umum) and ke-/ke-…-an for the accidental passive
 * (kerasa, kesampean). The caller checks each candidate, which may itself be colloquial.
 */
export function colloquial(w: string): string[] {
  const out = vowels(w);
  // The vowel patterns also hold before a suffix: sebenernya, dengerin.
  for (const suffix of ['nya', 'in', 'an']) {
    if (w.endsWith(suffix)) out.push(...vowels(w.slice(0, -suffix.length)).map((b) => b + suffix));
  }
  if (/^[aeiou]/.test(w)) out.push(`h${w}`);
  if (w.startsWith('ny')) out.push(`s${w.slice(2)}`, `c${w.slice(2)}`);
  else if (w.startsWith('ng')) out.push(`k${w.slice(2)}`, w.slice(2));
  else if (w.startsWith('m')) out.push(`p${w.slice(1)}`);
  else if (w.startsWith('n')) out.push(`t${w.slice(1)}`);
  if (w.startsWith('ke') && w.length >= 6) {
    out.push(w.slice(2));
    if (w.endsWith('an')) out.push(w.slice(2, -2));
  }
  return out.filter((b) => b.length >= 3);
}

function vowels(w: string): string[] {
  const out: string[] = [];
  const last = /e([^aeiou]+)$/.exec(w);
  if (last) out.push(`${w.slice(0, last.index)}a${last[1]}`);
  if (w.endsWith('e') && w.length >= 4) out.push(`${w.slice(0, -1)}ai`);
  return out;
}

/** One edit apart (insert, delete, substitute or swap two neighbours). */
export function nearby(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
