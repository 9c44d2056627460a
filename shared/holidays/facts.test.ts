import { describe, expect, it } from 'vitest';
import { momentFacts, isDecreedYear } from './facts';
import { momentsBetween } from './moments';

const find = (key: string, from: string, to: string) => {
  const m = momentsBetween(from, to).find((x) => x.key === key);
  if (!m) throw new Error(`${key} not found`);
  return momentFacts(m);
};

describe('what the UI says about a moment', () => {
  it('calls only decreed dates official, with the decree as the citation', () => {
    expect(find('idul-fitri-1', '2026-01-01', '2026-12-31')).toMatchObject({ label: 'decreed', islamic: true, basis: { key: 'isbat' } });
    expect(find('natal', '2026-01-01', '2026-12-31')).toMatchObject({ label: 'decreed', islamic: false, citation: 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025' });
    expect(find('harbolnas', '2026-01-01', '2026-12-31')).toMatchObject({ label: 'fixed', marketing: true, basis: { key: 'harbolnas' } });
    expect(find('hari-ibu', '2026-01-01', '2026-12-31')).toMatchObject({ label: 'fixed', marketing: true, citation: undefined });
    expect(find('valentine', '2027-01-01', '2027-12-31')).toMatchObject({ marketing: true, islamic: false });
  });
  it('marks a year without a decree as estimated, the isbat only on Islamic dates', () => {
    expect(isDecreedYear(2026)).toBe(true);
    expect(isDecreedYear(2027)).toBe(false);
    expect(find('nyepi', '2027-01-01', '2027-12-31')).toMatchObject({ label: 'estimated', islamic: false, basis: { key: 'nyepi', params: { year: 2027 } } });
    expect(find('waisak', '2027-01-01', '2027-12-31')).toMatchObject({ label: 'estimated', islamic: false, basis: { key: 'waisak' } });
    expect(find('idul-fitri-1', '2027-01-01', '2027-12-31')).toMatchObject({ label: 'estimated', islamic: true, basis: { key: 'islamicEstimate' } });
    expect(find('natal', '2027-01-01', '2027-12-31')).toMatchObject({ label: 'estimated', basis: { key: 'fixedKeppres' } });
  });
});
