import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/id';
import 'dayjs/locale/en-gb';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Mantine's pickers speak the UI language (not the browser's): Senin first, "Kam, 11 Feb 2027". */
export function LocaleDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en-gb' : 'id', firstDayOfWeek: 1, consistentWeeks: true }}>{children}</DatesProvider>;
}
