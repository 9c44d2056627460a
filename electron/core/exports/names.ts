/**
 * File names inside and beside a bundle. They are read by people (in WhatsApp, in a file
 * manager, on Windows), so: plain ASCII letters, digits and dashes, no path separators, short.
 */

/** "Klinik Gigi Ceria & Co." → "Klinik-Gigi-Ceria-Co"; never empty, never a path. */
export function slug(text: string, max = 40, fallback = 'post'): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return s || fallback;
}

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A whole calendar month reads "2027-02"; any other period "2027-02-01_2027-02-14". */
export function periodLabel(from: string, to: string): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const whole = d === 1 && to.slice(0, 7) === from.slice(0, 7) && Number(to.slice(8)) === lastDayOfMonth(y, m);
  return whole ? from.slice(0, 7) : `${from}_${to}`;
}

export interface BundleNames {
  zip: string;
  review: string;
  pdf: string;
  xlsx: string;
}

/** `<client>-EP-<period>-v<N>.zip` and its neighbours. */
export function bundleNames(clientName: string, from: string, to: string, version: number): BundleNames {
  const client = slug(clientName, 40, 'klien');
  const period = periodLabel(from, to);
  return {
    zip: `${client}-EP-${period}-v${version}.zip`,
    // Beside the zip, versioned so a later bundle never overwrites the page a client already has.
    review: `${client}-EP-${period}-v${version}-review.html`,
    pdf: `EP-${client}-${period}.pdf`,
    xlsx: `EP-${client}-${period}.xlsx`,
  };
}

/**
 * Names the originals `<date>-<topic>-<n>.<ext>`; `n` counts per date and topic across the
 * bundle, so two posts with the same topic on one day still get distinct names.
 */
export function assetNamer() {
  const used = new Map<string, number>();
  return (localDate: string, topic: string, ext: string): string => {
    const key = `${localDate}-${slug(topic, 40)}`;
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    const safeExt = ext.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8) || 'bin';
    return `${key}-${n}.${safeExt}`;
  };
}
