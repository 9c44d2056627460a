import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { testCore } from '../core/helpers';
import { dump } from '../data/fixtures';
import { HOSTILE_STRINGS } from '../../fixtures/hostile';

/** A user-picked file may end in these errors: each is a sentence in the UI. Never `internal`. */
const CLEAR = ['invalid_input', 'not_found', 'file_missing', 'file_unreadable', 'file_too_large', 'feedback_rejected'];

function zipOf(entries: Array<[string, Buffer]>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** Every kind of hostile file DESIGN.md §8 names, written to `dir`. */
async function hostileFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, Buffer> = {};
  // A zip bomb dressed as a workbook: 200 MB of one byte in a sheet part, a few hundred KB packed.
  files['bomb.xlsx'] = await zipOf([
    ['[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types/>')],
    ['xl/worksheets/sheet1.xml', Buffer.alloc(200 * 1024 * 1024, 0x20)],
  ]);
  files['bomb.zip'] = await zipOf([['Content_kopi.csv', Buffer.alloc(200 * 1024 * 1024, 0x2c)]]);
  // Zip-slip: an entry named ../evil.csv (written as xx/evil.csv, renamed in place: yazl refuses it).
  const slip = await zipOf([['xx/evil.csv', Buffer.from('Post ID,Views\n1,2\n')]]);
  files['slip.zip'] = Buffer.from(slip.toString('latin1').replaceAll('xx/evil.csv', '../evil.csv'), 'latin1');
  // Formulas and an external link in a sheet: read as text, never evaluated.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('EP');
  ws.addRow(['No', 'Tanggal', 'Jam', 'Platform', 'Topik', 'Caption']);
  ws.addRow([1, '2027-02-01', '19:00', 'Instagram', { formula: 'HYPERLINK("http://evil.example","klik")' }, '=cmd|\' /C calc\'!A0']);
  ws.addRow([2, '2027-02-02', '19:00', 'Instagram', HOSTILE_STRINGS.script!, { text: 'klik', hyperlink: 'file:///etc/passwd' }]);
  files['formula.xlsx'] = Buffer.from(await wb.xlsx.writeBuffer());
  files['malformed.csv'] = Buffer.from(`"unterminated,quote\n\u0000\u0000,${'x'.repeat(1_000_000)}\n"`);
  files['random.xlsx'] = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))]);
  files['empty.csv'] = Buffer.alloc(0);
  files['json-pollution.json'] = Buffer.from('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"format":"rencana-feedback"}');
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    out[name] = path.join(dir, name);
    fs.writeFileSync(out[name], data);
  }
  return out;
}

describe('hostile files through every import path', () => {
  it('each ends in a clear error or safe storage, the database unchanged after an error, nothing written outside', async () => {
    const { core, call, dataDir } = testCore();
    const client = await call('clients.create', { name: 'Kopi Senja', color: '#b45309' });
    const inbox = path.join(dataDir, 'inbox', 'deep');
    fs.mkdirSync(inbox, { recursive: true });
    const files = await hostileFiles(inbox);
    const db = path.join(dataDir, 'rencana.sqlite');
    const attempts: Array<[string, (p: string) => unknown]> = [
      ['feedback.preview', (p) => ({ path: p })],
      ['epImport.preview', (p) => ({ path: p, clientId: client.id })],
      ['epImport.apply', (p) => ({ path: p, clientId: client.id })],
      ['metrics.preview', (p) => ({ path: p, clientId: client.id })],
      ['metrics.apply', (p) => ({ path: p, clientId: client.id })],
      ['profile.import', (p) => ({ path: p })],
    ];
    const failures: string[] = [];
    const outcomes: string[] = [];
    for (const [name, file] of Object.entries(files)) {
      for (const [method, input] of attempts) {
        const before = dump(db);
        const reply = await core.dispatch(method, input(file));
        outcomes.push(`${method} ${name}: ${reply.ok ? 'ok' : reply.error.code}`);
        if (reply.ok) {
          // Safe storage: only the formula sheet is a real EP, and it is kept as text.
          if (method === 'profile.import') failures.push(`${method} ${name}: took a file that is not a profile`);
          continue;
        }
        if (!CLEAR.includes(reply.error.code)) failures.push(`${method} ${name}: ${reply.error.code} ${reply.error.message.slice(0, 160)}`);
        if (dump(db) !== before) failures.push(`${method} ${name}: the database changed after an error`);
      }
    }
    expect(failures).toEqual([]);
    // The bombs and the unreadable files were refused, not half-read.
    for (const name of ['bomb.xlsx', 'bomb.zip', 'random.xlsx', 'slip.zip']) {
      for (const method of ['epImport.preview', 'metrics.preview', 'feedback.preview']) expect(outcomes).not.toContain(`${method} ${name}: ok`);
    }
    // Nothing escaped the folder, and nothing polluted the prototype.
    expect(fs.existsSync(path.join(dataDir, 'inbox', 'evil.csv'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'evil.csv'))).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // And the core still answers.
    expect((await call('clients.list', {})).map((c) => c.name)).toEqual(['Kopi Senja']);
  }, 300_000);
});
