import { describe, expect, it } from 'vitest';
import { eventCardHtml } from '../../../renderer/src/features/calendar/EventContent';

const labels = { estimated: 'perkiraan', changed: 'Berubah sejak disetujui klien' };
const post = {
  kind: 'slot',
  status: 'draft',
  zoneLabel: 'WIB',
  clientName: 'Kopi Nusantara',
  platformCodes: 'IG·TT',
  tooltip: 'Promo 12.12 · Kopi Nusantara',
  changed: false,
  assetHashes: [] as string[],
};

describe('calendar event cards (HTML given to FullCalendar)', () => {
  it('shows a post as bold time, platforms and topic on one line, with its tooltip', () => {
    expect(eventCardHtml(post, 'Promo 12.12', '19.00', false, labels)).toBe(
      '<div class="rc-ev rc-ev--slot rc-st--draft" title="Promo 12.12 · Kopi Nusantara"><b class="rc-ev__time">19.00</b> IG·TT Promo 12.12</div>',
    );
  });

  it('never lets a topic, client name or tooltip become markup', () => {
    const html = eventCardHtml({ ...post, clientName: '<img src=x onerror=alert(1)>', tooltip: '"><script>' }, `"><script>x</script>'&`, '19.00', true, labels);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('<span class="rc-ev__client">&lt;img src=x onerror=alert(1)&gt;</span>');
    expect(html).toContain('<span class="rc-ev__title">&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;&amp;</span>');
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;"');
  });

  it('marks a post changed since approval and names the zone outside WIB', () => {
    const html = eventCardHtml({ ...post, changed: true, zoneLabel: 'WITA' }, 'Topik', '19.00', false, labels);
    expect(html).toContain(`<span class="rc-ev__changed" role="img" aria-label="${labels.changed}">!</span>`);
    expect(html).toContain('<b class="rc-ev__time">19.00 WITA</b>');
    expect(html).toContain(`title="Promo 12.12 · Kopi Nusantara · ${labels.changed}"`);
  });

  it('leaves the tooltip to the hover card when the post has visuals', () => {
    expect(eventCardHtml({ ...post, assetHashes: ['abc'] }, 'Topik', '19.00', false, labels)).not.toContain('title=');
  });

  it('labels estimated moments and draws campaigns and cadence slots', () => {
    expect(eventCardHtml({ kind: 'moment', status: 'estimated' }, 'Nyepi', '', false, labels)).toContain('title="Nyepi (perkiraan)"');
    expect(eventCardHtml({ kind: 'campaign' }, 'Ramadan & Lebaran', '', false, labels)).toBe(
      '<div class="rc-ev rc-ev--campaign" title="Ramadan &amp; Lebaran"><span class="rc-ev__title">Ramadan &amp; Lebaran</span></div>',
    );
    expect(eventCardHtml({ kind: 'placeholder', clientName: 'Kopi', zoneLabel: 'WIB' }, 'Reels', '19.00', false, labels)).toContain('<span class="rc-ev__title">+ Reels</span>');
  });
});
