import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeTag } from '../../i18n';

/** An instant as "3 Des 2026 14.05" / "3 Dec 2026, 14:05" in the UI language and the given zone. */
export function useFormatInstant(zone: string) {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(localeTag(i18n.language === 'en' ? 'en' : 'id'), {
      timeZone: zone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    return (instant: string) => f.format(new Date(instant));
  }, [i18n.language, zone]);
}
