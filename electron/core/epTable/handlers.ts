import type { HandlerContext, HandlersFor } from '../handlers';
import type { epTableMethods, PlannedPost } from '../../../shared/contract/epTable';
import type { Cadence } from '../../../shared/contract/planning';
import type { Campaign, Client, Slot } from '../../../shared/contract/schemas';
import type { slotService } from '../services/slots';
import { variantService } from '../editor/variants';
import { batchService } from './batches';
import { bulkService } from './bulk';
import { importService } from './import';
import { planService } from './plan';
import { createPost } from './posts';

export interface EpTableServices {
  slots: ReturnType<typeof slotService>;
  client(id: string): Client;
  campaigns(clientId: string): Campaign[];
  cadences(clientId: string): Cadence[];
}

/** Handlers of the EP table's contract methods (bulk actions, planning in bulk, sheet import). */
export function epTableHandlers(ctx: HandlerContext, s: EpTableServices): HandlersFor<keyof typeof epTableMethods> {
  const { db } = ctx;
  const variants = variantService(db);
  const batches = batchService(db);
  const zone = (clientId: string) => s.client(clientId).timezone;
  const bulk = bulkService(db, { slots: s.slots, variants, batches, clientZone: zone });
  const slotsOf = (clientId: string, from: string, to: string): Slot[] => s.slots.list({ from, to, clientIds: [clientId] });
  const plan = planService({ client: s.client, cadences: s.cadences, slotsOf });

  /** All the posts land, as one undo batch, or none do. */
  const createPosts = db.transaction((clientId: string, kind: 'paste' | 'cadence' | 'copyMonth' | 'import', label: string, posts: PlannedPost[]) => {
    const tz = zone(clientId);
    const slotIds = posts.map((p) => createPost({ slots: s.slots, variants }, clientId, tz, p).id);
    const batchId = batches.record(kind, clientId, label, { created: slotIds, deleted: [], updated: [] });
    return { batchId, slotIds };
  });
  const imports = importService({ dataDir: ctx.dataDir, client: s.client, campaigns: s.campaigns, cadences: s.cadences, create: createPosts });

  return {
    'epTable.bulk': ({ ids, action }) => bulk(ids, action),
    'epTable.createPosts': ({ clientId, kind, posts }) => createPosts(clientId, kind, '', posts),
    'epTable.undo': ({ batchId }) => ({ batchId, ...batches.undo(batchId) }),
    'epTable.cadencePreview': ({ clientId, month }) => plan.cadence(clientId, month),
    'epTable.copyMonthPreview': ({ clientId, fromMonth, toMonth }) => plan.copyMonth(clientId, fromMonth, toMonth),
    'epImport.stage': ({ name, dataBase64 }) => imports.stage(name, dataBase64),
    'epImport.preview': (input) => imports.preview(input),
    'epImport.apply': (input) => imports.apply(input),
    'epImport.undo': ({ importId }) => ({ importId, removed: batches.undo(importId, 'import').restored }),
  };
}
