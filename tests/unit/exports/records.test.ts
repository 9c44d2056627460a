import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { exportRecords, type ExportRecord } from '../../../electron/core/exports/records';
import { slotContentHash, type SlotContent } from '../../../shared/review/contentHash';
import { tempDir } from '../core/helpers';

function fixture() {
  const { db } = openDatabase({ dataDir: tempDir() });
  db.prepare("INSERT INTO clients (id, name, color, created_at, updated_at) VALUES ('c1', 'Kopi', '#000000', 'x', 'x')").run();
  db.prepare(
    "INSERT INTO slots (id, client_id, starts_at, timezone, created_at, updated_at) VALUES ('s1', 'c1', '2027-02-01T12:00:00Z', 'Asia/Jakarta', 'x', 'x')",
  ).run();
  return db;
}

const content: SlotContent = {
  startsAt: '2027-02-01T12:00:00Z',
  format: 'feed',
  topic: 'Promo Imlek',
  visualBrief: '',
  link: '',
  variants: [{ platform: 'instagram', plain: 'Gong xi fa cai!' }],
  assetHashes: [],
};

const record = (bundleId: string, version: number): ExportRecord => ({
  bundleId,
  clientId: 'c1',
  from: '2027-02-01',
  to: '2027-02-28',
  version,
  statuses: ['draft'],
  language: 'id',
  outDir: '/tmp/out',
  zipPath: `/tmp/out/Kopi-EP-2027-02-v${version}.zip`,
  reviewPath: '/tmp/out/review.html',
  appVersion: '0.1.0',
  createdAt: `2027-01-2${version}T00:00:00.000Z`,
});

describe('export records', () => {
  it('numbers versions per client and period, and keeps what was sent', () => {
    const db = fixture();
    const records = exportRecords(db);
    expect(records.nextVersion('c1', '2027-02-01', '2027-02-28')).toBe(1);
    records.insert(record('b1', 1), [{ slotId: 's1', no: 1, contentHash: slotContentHash(content), snapshot: content }]);
    expect(records.nextVersion('c1', '2027-02-01', '2027-02-28')).toBe(2);
    // Another period of the same client starts again at v1.
    expect(records.nextVersion('c1', '2027-02-01', '2027-02-07')).toBe(1);

    expect(records.get('b1')).toEqual(record('b1', 1));
    expect(records.get('nope')).toBeNull();
    expect(records.posts('b1')).toEqual([{ slotId: 's1', no: 1, contentHash: slotContentHash(content), snapshot: content }]);

    records.insert(record('b2', 2), []);
    expect(records.list('c1').map((r) => r.version)).toEqual([2, 1]);
    db.close();
  });

  it('refuses a second bundle with the same version for the same period', () => {
    const db = fixture();
    const records = exportRecords(db);
    records.insert(record('b1', 1), []);
    expect(() => records.insert(record('b9', 1), [])).toThrow(/UNIQUE/);
    db.close();
  });
});
