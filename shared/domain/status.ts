/**
 * The life of an EP slot (DESIGN.md §2). The order matters: the UI lists statuses in it,
 * and `STATUS_TRANSITIONS` says which moves a user may make by hand.
 */
export const SLOT_STATUSES = [
  'idea',
  'draft',
  'in_review',
  'sent',
  'approved',
  'changes_requested',
  'scheduled',
  'posted',
] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export const STATUS_TRANSITIONS: Record<SlotStatus, readonly SlotStatus[]> = {
  idea: ['draft'],
  draft: ['idea', 'in_review', 'sent'],
  in_review: ['draft', 'sent'],
  sent: ['draft', 'approved', 'changes_requested'],
  approved: ['draft', 'scheduled', 'changes_requested'],
  changes_requested: ['draft', 'in_review', 'sent'],
  scheduled: ['approved', 'posted'],
  posted: ['scheduled'],
};

export function canTransition(from: SlotStatus, to: SlotStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}

/** Colours by status, as Mantine colour names; the calendar and badges share them. */
export const STATUS_COLORS: Record<SlotStatus, string> = {
  idea: 'gray',
  draft: 'blue',
  in_review: 'violet',
  sent: 'cyan',
  approved: 'green',
  changes_requested: 'orange',
  scheduled: 'teal',
  posted: 'dark',
};
