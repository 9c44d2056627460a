/**
 * The life of an EP slot (DESIGN.md §2). The order matters: the UI lists statuses in it.
 * The machine below is declared once, here; the core enforces it (electron/core/approval/status.ts)
 * and the UI only offers what it allows.
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

/** Statuses a post may be created with; every later status is reached through the machine. */
export const NEW_SLOT_STATUSES = ['idea', 'draft', 'in_review'] as const;

/**
 * Who moves a post: the user by hand, an export (sends it to the client), the client's decision
 * brought back by a feedback import, or the user recording an approval given outside the app.
 */
export const STATUS_ACTORS = ['user', 'export', 'client', 'outside'] as const;
export type StatusActor = (typeof STATUS_ACTORS)[number];

const U: readonly StatusActor[] = ['user'];
const DECIDED: readonly StatusActor[] = ['client', 'outside'];

/**
 * Every allowed move and who may make it. "approved" is never a plain user move: only a client
 * decision or an approval recorded as given outside the app (with a note). A move to the same
 * status is listed where it means something (a re-export, a repeated approval).
 */
export const STATUS_MOVES: Record<SlotStatus, Partial<Record<SlotStatus, readonly StatusActor[]>>> = {
  idea: { draft: U },
  draft: { idea: U, in_review: U, sent: ['user', 'export'], approved: DECIDED, changes_requested: ['client'] },
  in_review: { draft: U, sent: ['user', 'export'], approved: DECIDED, changes_requested: ['user', 'client'] },
  sent: { draft: U, sent: ['export'], approved: DECIDED, changes_requested: ['user', 'client'] },
  // Export re-sends an approved post only when its content changed since the approval.
  approved: { draft: U, scheduled: U, changes_requested: ['user', 'client'], sent: ['export'], approved: DECIDED },
  changes_requested: { draft: U, in_review: U, sent: ['user', 'export'], approved: DECIDED, changes_requested: ['client'] },
  scheduled: { approved: U, posted: U },
  posted: { scheduled: U },
};

/** What the machine needs to know about the post besides its status. */
export interface MoveFacts {
  /** The post's URL is filled in (needed for "posted"). */
  hasPostUrl: boolean;
  /** The content differs from what was last approved. */
  changedSinceApproval: boolean;
  /** The note given with an "approved outside the app" move. */
  note?: string;
}

/** Why a move is refused; the renderer words each one (errors.refusedReason.<reason>). */
export const REFUSAL_REASONS = [
  'not_allowed',
  'approval_needs_client',
  'needs_note',
  'needs_post_url',
  'approved_unchanged',
  'moved_since',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** null when `actor` may move a post from `from` to `to`, else the reason it may not. */
export function refusal(from: SlotStatus, to: SlotStatus, actor: StatusActor, facts: MoveFacts): RefusalReason | null {
  const actors = STATUS_MOVES[from][to];
  if (!actors?.includes(actor)) {
    if (to === 'approved' && actor === 'user') return 'approval_needs_client';
    if (from === 'approved' && to === 'sent' && actor === 'export') return 'approved_unchanged';
    return 'not_allowed';
  }
  if (actor === 'outside' && !facts.note?.trim()) return 'needs_note';
  if (to === 'posted' && !facts.hasPostUrl) return 'needs_post_url';
  if (from === 'approved' && to === 'sent' && !facts.changedSinceApproval) return 'approved_unchanged';
  return null;
}

/**
 * The statuses a user can pick by hand from `from` (the drawer's status control). "posted" is
 * offered even without a URL: picking it asks for the URL first.
 */
export function userMoves(from: SlotStatus): SlotStatus[] {
  return SLOT_STATUSES.filter((to) => to !== from && STATUS_MOVES[from][to]?.includes('user'));
}

/** Whether an export moves a post in this state to "sent" (drafts, reviews, revisions, changed approvals). */
export function exportSends(from: SlotStatus, changedSinceApproval: boolean): boolean {
  return refusal(from, 'sent', 'export', { hasPostUrl: false, changedSinceApproval }) === null;
}

/** Statuses whose posts carry an approval the client gave. */
export const APPROVED_STATUSES: readonly SlotStatus[] = ['approved', 'scheduled', 'posted'];

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
