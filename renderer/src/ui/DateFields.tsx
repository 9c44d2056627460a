import { DateInput, MonthPickerInput, TimePicker, type DateInputProps, type TimePickerProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { IconCalendar, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import './dateFields.css';

dayjs.extend(customParseFormat);

/**
 * The app's date, month and time fields: Mantine's pickers in the UI language (dayjs `id`/`en`
 * through the DatesProvider in main.tsx), never the browser's native inputs, whose format follows
 * the OS locale (02/11/2027, 07:00 PM). Values stay 'YYYY-MM-DD', 'YYYY-MM' and 'HH:mm'.
 */

/** "Kam, 11 Feb 2027" / "Thu, 11 Feb 2027". */
export const DATE_FORMAT = 'ddd, D MMM YYYY';

const pad = (n: number) => String(n).padStart(2, '0');
function isoDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * What a typed date means: "11 Feb 2027", "Kam, 11 Feb 2027", "11/2/2027" or "11.2.2027" (day
 * first, as Indonesians and the British write it), or "2027-02-11". Anything else is no date.
 */
export function parseTypedDate(text: string, locale: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (m) return isoDate(+m[3]!, +m[2]!, +m[1]!);
  const d = dayjs(s, [DATE_FORMAT, 'D MMM YYYY', 'D MMMM YYYY', 'dddd, D MMMM YYYY'], locale, true);
  return d.isValid() ? d.format('YYYY-MM-DD') : null;
}

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange(date: string): void;
};

/** A date typed or picked from a calendar; shows "Kam, 11 Feb 2027". */
export function DateField({ value, onChange, ...rest }: DateFieldProps) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-gb' : 'id';
  return (
    <DateInput
      valueFormat={DATE_FORMAT}
      dateParser={(text) => parseTypedDate(text, locale)}
      leftSection={<IconCalendar size={16} />}
      leftSectionPointerEvents="none"
      {...rest}
      value={/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null}
      onChange={(d) => onChange(d ?? '')}
    />
  );
}

type MonthFieldProps = Pick<DateFieldProps, 'label' | 'disabled' | 'required' | 'value' | 'onChange'>;

/** value and onChange in 'YYYY-MM'. */
export function MonthField({ value, onChange, label, disabled, required }: MonthFieldProps) {
  return (
    <MonthPickerInput
      label={label}
      disabled={disabled}
      required={required}
      valueFormat="MMMM YYYY"
      leftSection={<IconCalendar size={16} />}
      leftSectionPointerEvents="none"
      value={/^\d{4}-\d{2}$/.test(value) ? `${value}-01` : null}
      onChange={(d) => onChange(d ? d.slice(0, 7) : '')}
    />
  );
}

type TimeFieldProps = Omit<TimePickerProps, 'value' | 'onChange' | 'format'> & {
  value: string;
  onChange(time: string): void;
};

/** 24-hour time, "19.00" in Indonesian, "19:00" in English; a dropdown of hours and minutes. */
export function TimeField({ value, onChange, className, ...rest }: TimeFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <TimePicker
      format="24h"
      withDropdown
      minutesStep={5}
      leftSection={<IconClock size={16} />}
      hoursInputLabel={t('time.hours')}
      minutesInputLabel={t('time.minutes')}
      className={[i18n.language === 'en' ? '' : 'time-field-dot', className].filter(Boolean).join(' ')}
      {...rest}
      value={value}
      onChange={(v) => v && onChange(v.slice(0, 5))}
    />
  );
}
