import type { TFunction } from 'i18next';
import type { KpiRow } from '../../../../shared/contract/reports';

export function numbers(lang: string) {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const dec = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return { int: (n: number) => int.format(n), dec: (n: number) => dec.format(n), pct: (n: number) => `${dec.format(n)}%` };
}

/** A KPI row's formula in words, with its numbers. */
export function formula(t: TFunction, k: KpiRow, lang: string): string {
  const n = numbers(lang);
  const p = k.formula.params;
  return t(`reports.f.${k.formula.key}`, {
    ...p,
    field: p.field ? t(`reports.fields.${p.field}`) : '',
    base: p.base ? t(`reports.erBases.${p.base}`).toLowerCase() : '',
    numerator: typeof p.numerator === 'number' ? n.int(p.numerator) : '',
    denominator: typeof p.denominator === 'number' ? n.int(p.denominator) : '',
  });
}

export function kpiValue(k: KpiRow, v: number | null, lang: string): string {
  if (v === null) return '—';
  const n = numbers(lang);
  return k.key === 'er' || k.unit.trim() === '%' ? n.pct(v) : n.int(v);
}

/** The first day and last day of the month that holds `date`, and months around it. */
export function monthOf(date: string, shift = 0): { from: string; to: string } {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + shift);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return { from: d.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}
