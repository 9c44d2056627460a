import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeTag } from '../i18n';

/** 'YYYY-MM-DD' → "Sen, 1 Des 2026" / "Mon, 1 Dec 2026" in the UI language, zone-proof. */
export function useFormatDate(style: 'short' | 'long' = 'short') {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(localeTag(i18n.language === 'en' ? 'en' : 'id'), {
      timeZone: 'UTC',
      weekday: style === 'long' ? 'long' : 'short',
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      year: 'numeric',
    });
    return (date: string) => f.format(new Date(`${date}T00:00:00Z`));
  }, [i18n.language, style]);
}
