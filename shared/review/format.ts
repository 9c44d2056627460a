/**
 * Dates as the review page, the PDF and the chat text show them: "Senin, 1 Februari 2027",
 * "Sen, 1 Feb", "1–28 Februari 2027". Local dates (YYYY-MM-DD) are formatted in UTC so the
 * machine's own zone never shifts a day.
 */
export type ReviewLanguage = 'id' | 'en';
export const REVIEW_LANGUAGES: readonly ReviewLanguage[] = ['id', 'en'];

export const reviewLocale = (lang: ReviewLanguage) => (lang === 'id' ? 'id-ID' : 'en-GB');

const cache = new Map<string, Intl.DateTimeFormat>();
function format(lang: ReviewLanguage, style: 'long' | 'short' | 'range' | 'weekday'): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = cache.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : style === 'short'
          ? { weekday: 'short', day: 'numeric', month: 'short' }
          : style === 'weekday'
            ? { weekday: 'long' }
            : { day: 'numeric', month: 'long', year: 'numeric' };
    f = new Intl.DateTimeFormat(reviewLocale(lang), { ...opts, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Senin, 1 Februari 2027" / "Monday, 1 February 2027". */
export const longDate = (date: string, lang: ReviewLanguage) => format(lang, 'long').format(day(date));
/** "Sen, 1 Feb" / "Mon, 1 Feb". */
export const shortDate = (date: string, lang: ReviewLanguage) => format(lang, 'short').format(day(date)).replace(/\./g, '');
/** "Senin" / "Monday". */
export const weekday = (date: string, lang: ReviewLanguage) => format(lang, 'weekday').format(day(date));
/** "1–28 Februari 2027", "28 Februari – 6 Maret 2027". */
export const periodLabel = (from: string, to: string, lang: ReviewLanguage) =>
  from === to ? format(lang, 'range').format(day(from)) : format(lang, 'range').formatRange(day(from), day(to));
