import type { PlannedPost } from '../../../shared/contract/epTable';
import { SlotFields, type Slot } from '../../../shared/contract/schemas';
import { fromWallTime } from '../../../shared/domain/time';
import type { slotService } from '../services/slots';
import type { variantService } from '../editor/variants';

export interface PostDeps {
  slots: ReturnType<typeof slotService>;
  variants: ReturnType<typeof variantService>;
}

/**
 * Creates one planned post: the slot first, then each platform's copy through the variants
 * service, the one write path for copy (it keeps the revision history). Runs inside the
 * caller's transaction.
 */
export function createPost(deps: PostDeps, clientId: string, zone: string, p: PlannedPost): Slot {
  // Parsed by the contract's own schema, so defaults the slot gains later are filled in here too.
  const fields = SlotFields.parse({
    clientId,
    campaignId: p.campaignId,
    startsAt: fromWallTime(p.date, p.time, zone),
    pillar: p.pillar,
    format: p.format,
    topic: p.topic,
    visualBrief: p.visualBrief,
    status: p.status,
    pic: p.pic,
    link: p.link,
    cadenceId: p.cadenceId,
  });
  const slot = deps.slots.create(fields);
  for (const v of p.variants) deps.variants.save({ slotId: slot.id, platform: v.platform, doc: null, plain: v.plain }, { author: 'me' });
  return slot;
}
