/**
 * Planning prompts: for a client and today, the upcoming moments worth a campaign, each with
 * the lead time a freelancer needs (brief, content, client approval, ads) and a prompt window
 * that opens a few weeks before that lead time starts.
 */
import { addDays, daysBetween, isIsoDate } from './dates';
import { momentsBetween } from './moments';
import type { IsoDate, LocalizedText, Moment, MomentOptions, Prompt } from './types';

interface Rule {
  leadWeeks: number;
  /** Prompt from this many weeks before the moment. */
  windowWeeks: number;
}

/** By key, without the `-<hijriYear>h` suffix of a second occurrence in one year. */
const RULES: Readonly<Record<string, Rule>> = {
  ramadan: { leadWeeks: 6, windowWeeks: 10 },
  'idul-fitri-1': { leadWeeks: 4, windowWeeks: 8 },
  'thr-season': { leadWeeks: 4, windowWeeks: 8 },
  'idul-adha': { leadWeeks: 3, windowWeeks: 6 },
  harbolnas: { leadWeeks: 4, windowWeeks: 6 },
  'double-date-11': { leadWeeks: 3, windowWeeks: 5 },
  'year-end': { leadWeeks: 4, windowWeeks: 7 },
  natal: { leadWeeks: 4, windowWeeks: 6 },
  imlek: { leadWeeks: 4, windowWeeks: 6 },
  valentine: { leadWeeks: 3, windowWeeks: 5 },
  'black-friday': { leadWeeks: 3, windowWeeks: 5 },
  'back-to-school-jul': { leadWeeks: 4, windowWeeks: 6 },
  'back-to-school-jan': { leadWeeks: 3, windowWeeks: 5 },
  kemerdekaan: { leadWeeks: 3, windowWeeks: 6 },
  'hari-ibu': { leadWeeks: 2, windowWeeks: 4 },
  paskah: { leadWeeks: 2, windowWeeks: 4 },
  nyepi: { leadWeeks: 2, windowWeeks: 3 },
  waisak: { leadWeeks: 2, windowWeeks: 3 },
  'isra-miraj': { leadWeeks: 1, windowWeeks: 2 },
  maulid: { leadWeeks: 1, windowWeeks: 2 },
  'tahun-baru-islam': { leadWeeks: 1, windowWeeks: 2 },
};
const DOUBLE_DATE: Rule = { leadWeeks: 1, windowWeeks: 2 };
const PAYDAY: Rule = { leadWeeks: 1, windowWeeks: 1 };
const OBSERVANCE: Rule = { leadWeeks: 1, windowWeeks: 2 };
const CLIENT: Rule = { leadWeeks: 4, windowWeeks: 8 };
/** Outside the rules: cuti bersama, Idulfitri day 2, the THR deadline, mudik week… */
const NO_PROMPT = new Set(['thr-due']);

export function promptRule(m: Pick<Moment, 'key' | 'kind'>): Rule | undefined {
  if (m.kind === 'client') return CLIENT;
  const key = m.key.replace(/-\d+h$/, '');
  if (NO_PROMPT.has(key)) return undefined;
  const rule = RULES[key];
  if (rule) return rule;
  if (key.startsWith('double-date-')) return DOUBLE_DATE;
  if (key.startsWith('payday-')) return PAYDAY;
  if (m.kind === 'observance') return OBSERVANCE;
  return undefined;
}

const MAX_WINDOW_DAYS = Math.max(...Object.values(RULES).map((r) => r.windowWeeks), CLIENT.windowWeeks) * 7;

function inTime(days: number): LocalizedText {
  if (days === 0) return { id: 'hari ini', en: 'today' };
  if (days === 1) return { id: 'besok', en: 'tomorrow' };
  if (days < 14) return { id: `dalam ${days} hari`, en: `in ${days} days` };
  const weeks = Math.round(days / 7);
  return { id: `dalam ${weeks} minggu`, en: `in ${weeks} weeks` };
}

function message(m: Moment, daysUntil: number, leadWeeks: number): LocalizedText {
  const when = inTime(daysUntil);
  const starts = m.endDate !== undefined;
  const head = {
    id: `${m.name.id} ${starts ? 'dimulai ' : ''}${when.id}`,
    en: `${m.name.en} ${starts ? 'starts ' : ''}${when.en}`,
  };
  if (daysUntil === 0) return { id: `${head.id}.`, en: `${head.en}.` };
  const prepIn = daysUntil - leadWeeks * 7;
  if (prepIn <= 0) return { id: `${head.id} — saatnya menyiapkan kampanye.`, en: `${head.en} — time to prepare the campaign.` };
  const prep = inTime(prepIn);
  return { id: `${head.id} — mulai siapkan ${prep.id}.`, en: `${head.en} — start preparing ${prep.en}.` };
}

export interface PromptOptions extends MomentOptions {
  /** Look no further than this many days ahead (default: the widest prompt window, 10 weeks). */
  horizonDays?: number;
}

/**
 * Upcoming campaign-worthy moments from `today`, nearest first. Moments already under way
 * (Ramadan on its 10th day) are not prompted; hidden kinds are not either.
 */
export function upcomingPrompts(today: IsoDate, options: PromptOptions = {}): Prompt[] {
  if (!isIsoDate(today)) throw new RangeError(`upcomingPrompts needs a 'YYYY-MM-DD' date, got ${String(today)}`);
  const horizon = Math.max(0, Math.min(options.horizonDays ?? MAX_WINDOW_DAYS, MAX_WINDOW_DAYS));
  const locale = options.locale ?? 'id';
  const prompts: Prompt[] = [];
  for (const m of momentsBetween(today, addDays(today, horizon), options)) {
    const rule = promptRule(m);
    if (!rule) continue;
    const daysUntil = daysBetween(today, m.date);
    if (daysUntil < 0 || daysUntil > rule.windowWeeks * 7) continue;
    const msg = message(m, daysUntil, rule.leadWeeks);
    prompts.push({ moment: m, daysUntil, leadWeeks: rule.leadWeeks, message: msg, text: msg[locale] });
  }
  return prompts.sort((a, b) => a.daysUntil - b.daysUntil);
}
