import { openDatabase } from '../../../electron/core/db/open';
import { clientService } from '../../../electron/core/services/clients';
import { slotService } from '../../../electron/core/services/slots';
import { variantService } from '../../../electron/core/editor/variants';
import { ClientFields, SlotFields } from '../../../shared/contract/schemas';
import { tempDir } from '../core/helpers';
import { afterEach } from 'vitest';
import type { Database } from 'better-sqlite3';

const open: Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A real database file with one client and the services of the approval tests. */
export function approvalFixture() {
  const dataDir = tempDir();
  const { db } = openDatabase({ dataDir });
  open.push(db);
  const clients = clientService(db);
  const client = clients.create(ClientFields.parse({ name: 'Kopi Senja', color: '#7a4b2a' }));
  const slots = slotService(db, { clientZone: () => 'Asia/Jakarta', assertCampaignOf: () => undefined });
  const variants = variantService(db);
  function newSlot(fields: Partial<Parameters<typeof SlotFields.parse>[0]> = {}) {
    return slots.create(SlotFields.parse({ clientId: client.id, startsAt: '2026-12-12T12:00:00.000Z', topic: 'Harbolnas', ...fields }));
  }
  return { db, dataDir, client, slots, variants, newSlot };
}
