import { z } from 'zod';
import { Id, Instant, Slot, SlotStatusId } from './schemas';
import { STATUS_ACTORS } from '../domain/status';

/**
 * Approval, status history and comments of a post (issue 9 item 8). Spread into `contract` in
 * methods.ts. Status moves by hand go through `slots.update` (patch.status), which the core runs
 * through the status machine; approving is only a client decision or `slots.approveOutside`.
 */

export const CommentAuthor = z.enum(['me', 'client']);
export const SlotComment = z.object({
  id: Id,
  slotId: Id,
  author: CommentAuthor,
  /** The reviewer's name for a client comment; empty for the user's own notes. */
  authorName: z.string(),
  text: z.string(),
  importId: Id.nullable(),
  createdAt: Instant,
});
export type SlotComment = z.infer<typeof SlotComment>;

export const StatusLogEntry = z.object({
  id: Id,
  slotId: Id,
  from: SlotStatusId,
  to: SlotStatusId,
  via: z.enum([...STATUS_ACTORS, 'undo']),
  note: z.string(),
  refId: z.string().nullable(),
  createdAt: Instant,
});
export type StatusLogEntry = z.infer<typeof StatusLogEntry>;

export const approvalMethods = {
  /** Records an approval the client gave outside the app (a call, a chat); the note says how. */
  'slots.approveOutside': {
    input: z.object({ id: Id, note: z.string().trim().min(1).max(1000) }),
    output: z.object({ slot: Slot, approvalId: Id, logId: Id }),
  },
  /** Undoes "approved outside the app": withdraws the approval and moves the status back. */
  'slots.undoApproveOutside': {
    input: z.object({ approvalId: Id, logId: Id }),
    output: Slot,
  },
  /** The post's status moves, oldest first. */
  'slots.statusLog': { input: z.object({ id: Id }), output: z.array(StatusLogEntry) },

  'comments.list': { input: z.object({ slotId: Id }), output: z.array(SlotComment) },
  /** The user's own note on a post; client comments arrive through feedback imports. */
  'comments.add': {
    input: z.object({ slotId: Id, text: z.string().trim().min(1).max(5000) }),
    output: SlotComment,
  },
} as const;
