import type { HandlerContext, HandlersFor } from '../handlers';
import type { approvalMethods } from '../../../shared/contract/approval';
import type { Slot } from '../../../shared/contract/schemas';
import { approvalService } from './approvals';
import { commentService } from './comments';
import { statusService } from './status';

/** Handlers of the approval contract (shared/contract/approval.ts). */
export function approvalHandlers(ctx: HandlerContext, loadSlot: (id: string) => Slot): HandlersFor<keyof typeof approvalMethods> {
  const { db } = ctx;
  const status = statusService(db);
  const approvals = approvalService(db);
  const comments = commentService(db);
  return {
    'slots.approveOutside': db.transaction(({ id, note }: { id: string; note: string }) => {
      const move = status.transition(id, 'approved', { by: 'outside', note });
      const approvalId = approvals.record(id, { source: 'outside', note });
      return { slot: loadSlot(id), approvalId, logId: move.logId };
    }),
    'slots.undoApproveOutside': db.transaction(({ approvalId, logId }: { approvalId: string; logId: string }) => {
      const { slotId } = status.revert(logId);
      approvals.revoke(approvalId);
      return loadSlot(slotId);
    }),
    'slots.statusLog': ({ id }) => {
      loadSlot(id);
      return status.history(id);
    },
    'comments.list': ({ slotId }) => comments.list(slotId),
    'comments.add': ({ slotId, text }) => comments.get(comments.add({ slotId, author: 'me', text })),
  };

}
