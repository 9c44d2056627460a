/** Indonesian holidays, seasons and marketing moments (DESIGN.md §5). Pure: no Node, no DOM. */
export * from './types';
export { addDays, compareDate, dayOfWeek, daysBetween, isIsoDate, isoDate, yearOf } from './dates';
export { momentsBetween, overrideTargetOf } from './moments';
export { upcomingPrompts, promptRule, type PromptOptions } from './prompts';
export { OFFICIAL_YEARS, officialYear, type OfficialYear, type OfficialHoliday } from './official';
export { fromHijri, toHijri, type HijriDate } from './islamic';
export { chineseNewYear, easterSunday } from './computed';
export { blackFriday } from './marketing';
export { MAX_SHIFT_DAYS } from './draft';
export { momentFacts, isDecreedYear, isIslamicMoment, type MomentFacts, type MomentLabel, type MessageRef } from './facts';
