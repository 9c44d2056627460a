/**
 * Local calendar dates ('YYYY-MM-DD') in words, for what the core writes (PDF, XLSX, the
 * bundle's read-me): "Senin, 1 Februari 2027" / "Monday, 1 February 2027". Formatted at UTC
 * so no zone can move the day; the renderer's `useFormatDate` is the same for the UI.
 */
export type DateLanguage = 'id' | 'en';

const TAGS: Record<DateLanguage, string> = { id: 'id-ID', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: DateLanguage, opts: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let f = cache.get(lang + key);
  if (!f) cache.set(lang + key, (f = new Intl.DateTimeFormat(TAGS[lang], { timeZone: 'UTC', ...opts })));
  return f;
}

const at = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Senin, 1 Februari 2027". */
export const formatLongDate = (date: string, lang: DateLanguage): string =>
  formatter(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 'long').format(at(date));

/** "1 Februari 2027". */
export const formatDate = (date: string, lang: DateLanguage): string =>
  formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }, 'date').format(at(date));

/** "Senin". */
export const weekdayName = (date: string, lang: DateLanguage): string =>
  formatter(lang, { weekday: 'long' }, 'weekday').format(at(date));

/** "1–28 Februari 2027", "28 Januari – 3 Februari 2027". */
export const formatPeriod = (from: string, to: string, lang: DateLanguage): string =>
  formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }, 'date').formatRange(at(from), at(to));
