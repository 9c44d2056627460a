import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeTag } from '../../i18n';

/** Instant → "Sen, 1 Des 2026 14.05" / "Mon, 1 Dec 2026, 14:05" in this computer's zone; bytes → "2,4 MB". */
export function useDataFormat() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const tag = localeTag(i18n.language === 'en' ? 'en' : 'id');
    const when = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
    const units = ['B', 'KB', 'MB', 'GB'];
    return {
      instant: (iso: string) => when.format(new Date(iso)),
      bytes: (n: number) => {
        let i = 0;
        while (n >= 1024 && i < units.length - 1) {
          n /= 1024;
          i++;
        }
        return `${num.format(n)} ${units[i]}`;
      },
    };
  }, [i18n.language]);
}
