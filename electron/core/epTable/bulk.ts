import type { Database } from 'better-sqlite3';
import { AppError, isAppErrorShape } from '../../../shared/contract/errors';
import type { BulkAction, Refusal } from '../../../shared/contract/epTable';
import type { Slot } from '../../../shared/contract/schemas';
import { addDays, fromWallTime, toWallTime } from '../../../shared/domain/time';
import type { BatchPayload, BatchService } from './batches';
import { createPost, type PostDeps } from './posts';
import { sameDayNextMonth } from './months';

export interface BulkDeps extends PostDeps {
  batches: BatchService;
  clientZone(clientId: string): string;
}

const refusalOf = (id: string, err: unknown): Refusal => {
  if (err instanceof AppError || isAppErrorShape(err)) {
    const details: Record<string, string | number> = { ...(err.details ?? {}) };
    const issue = err.issues?.[0];
    if (issue) {
      details.field = issue.path;
      details.issue = issue.code;
    }
    return { id, code: err.code, message: err.message.slice(0, 500), details };
  }
  return { id, code: 'internal', message: String(err).slice(0, 500) };
};

/**
 * One action on many posts (the EP table's multi-select). Each post is changed through the same
 * service as a single edit, in its own savepoint: what the core refuses for one post (a status
 * move the status machine forbids, a campaign of another client) is reported and the others are
 * applied. What was applied is one undo batch.
 */
export function bulkService(db: Database, deps: BulkDeps) {
  const wall = (s: Slot) => toWallTime(s.startsAt, deps.clientZone(s.clientId));

  function patchFor(action: BulkAction, s: Slot): Parameters<PostDeps['slots']['update']>[0]['patch'] | null {
    switch (action.kind) {
      case 'status':
        // slots.update moves the status through the core's status machine, which refuses per post.
        return s.status === action.status ? null : { status: action.status };
      case 'shift': {
        const w = wall(s);
        return { startsAt: fromWallTime(addDays(w.date, action.days), w.time, deps.clientZone(s.clientId)) };
      }
      case 'moveTo':
        return { startsAt: fromWallTime(action.date, wall(s).time, deps.clientZone(s.clientId)) };
      case 'campaign':
        return { campaignId: action.campaignId };
      case 'pillar':
        return { pillar: action.pillar };
      case 'pic':
        return { pic: action.pic };
      default:
        return null;
    }
  }

  return db.transaction((ids: string[], action: BulkAction) => {
    const payload: BatchPayload = { created: [], deleted: [], updated: [] };
    const changed: string[] = [];
    const refused: Refusal[] = [];
    const clients = new Set<string>();
    for (const id of [...new Set(ids)]) {
      try {
        db.transaction(() => {
          const s = deps.slots.load(id);
          clients.add(s.clientId);
          if (action.kind === 'delete') {
            deps.slots.remove({ id });
            payload.deleted.push(id);
          } else if (action.kind === 'duplicate') {
            const w = wall(s);
            const date = action.to === 'nextWeek' ? addDays(w.date, 7) : sameDayNextMonth(w.date);
            const copy = createPost(deps, s.clientId, deps.clientZone(s.clientId), {
              rows: [],
              date,
              time: w.time,
              format: s.format,
              pillar: s.pillar,
              topic: s.topic,
              visualBrief: s.visualBrief,
              link: s.link,
              pic: s.pic,
              status: s.status === 'idea' ? 'idea' : 'draft',
              campaignId: s.campaignId,
              cadenceId: null,
              variants: s.variants.map((v) => ({ platform: v.platform, plain: v.plain })),
            });
            payload.created.push(copy.id);
          } else {
            const patch = patchFor(action, s);
            if (!patch) return;
            deps.slots.update({ id, patch });
            payload.updated.push({ id, startsAt: s.startsAt, status: s.status, campaignId: s.campaignId, pillar: s.pillar, pic: s.pic });
          }
          changed.push(id);
        })();
      } catch (err) {
        refused.push(refusalOf(id, err));
      }
    }
    const touched = payload.created.length + payload.deleted.length + payload.updated.length;
    const only = clients.size === 1 ? [...clients][0]! : null;
    const batchId = touched > 0 ? deps.batches.record('bulk', only, action.kind, payload) : null;
    return { batchId, changed, created: payload.created, refused };
  });
}
