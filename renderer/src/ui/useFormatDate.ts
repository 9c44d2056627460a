import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatDay,
  formatDayMonth,
  formatInstant,
  formatMonth,
  formatPeriod,
  formatTime,
  formatWallTime,
  weekdaysShort,
  zoneName,
  type DateLanguage,
  type InstantStyle,
} from '../../../shared/domain/formatDate';

/** This computer's zone, for instants that belong to no client (backups, imports, saves). */
export const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB'];

/**
 * The UI's one way to write dates, times and sizes, in the UI language (not the browser's locale):
 * Indonesian "Kamis, 11 Feb 2027 19.00 WITA", English "Thursday, 11 Feb 2027, 19:00 WITA"; always
 * 24-hour. Built on shared/domain/formatDate.ts, which the core uses for PDFs and sheets.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang: DateLanguage = i18n.language === 'en' ? 'en' : 'id';
  return useMemo(() => {
    const num = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
    return {
      lang,
      /** 'YYYY-MM-DD' → "Kam, 11 Feb 2027" (short) / "Kamis, 11 Februari 2027" (long). */
      date: (date: string, style: 'short' | 'long' = 'short') => formatDay(date, lang, style),
      /** 'YYYY-MM-DD' → "11 Februari" (yearly dates). */
      dayMonth: (date: string, style: 'short' | 'long' = 'long') => formatDayMonth(date, lang, style),
      /** 'YYYY-MM' → "Februari 2027". */
      month: (month: string, style: 'short' | 'long' = 'long') => formatMonth(month, lang, style),
      /** Two dates → "1–28 Februari 2027". */
      period: (from: string, to: string) => formatPeriod(from, to, lang),
      /** An instant in a zone (default: this computer's) → "Kam, 11 Feb 2027 19.00 WITA". */
      instant: (instant: string, zone: string = localZone(), style?: InstantStyle) => formatInstant(instant, zone, lang, style),
      /** An instant's time in a zone → "19.00". */
      time: (instant: string, zone: string = localZone()) => formatTime(instant, zone, lang),
      /** A wall-clock 'HH:mm' → "19.00" / "19:00". */
      wallTime: (time: string) => formatWallTime(time, lang),
      /** "WIB", "WITA", "WIT", or the zone's short name. */
      zone: (zone: string) => zoneName(zone, lang),
      /** Monday-first short weekday names. */
      weekdays: () => weekdaysShort(lang),
      /** 2_516_582 → "2,4 MB". */
      bytes: (n: number) => {
        let i = 0;
        while (n >= 1024 && i < BYTE_UNITS.length - 1) {
          n /= 1024;
          i++;
        }
        return `${num.format(n)} ${BYTE_UNITS[i]}`;
      },
    };
  }, [lang]);
}

/** 'YYYY-MM-DD' → "Sen, 1 Des 2026" / "Mon, 1 Dec 2026" in the UI language, zone-proof. */
export function useFormatDate(style: 'short' | 'long' = 'short') {
  const f = useFormat();
  return useMemo(() => (date: string) => f.date(date, style), [f, style]);
}
