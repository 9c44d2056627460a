import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/contract/errors';
import type { FeedbackSource } from '../../../shared/contract/feedback';
import { Feedback, FEEDBACK_FORMAT, FORMAT_VERSION } from '../../../shared/review/bundle';
import { decodeFeedbackText } from '../../../shared/review/feedbackText';
import { DECISION_WORDS, EP_COLUMNS } from '../../../shared/review/words';
import { EP_SHEET, HEADER_ROW, META_SHEET } from '../exports/xlsx';
import { rejected } from './errors';
import { everyEntry, readZip } from './zip';

/**
 * Turns what the user hands in — the downloaded `feedback-<id>.json`, the pasted chat text, the
 * client's edited XLSX, or the bundle zip holding one of them — into one validated `Feedback`.
 * Everything is checked here, where it enters; the service only matches it against the store.
 */
export interface ReadFeedback {
  source: FeedbackSource;
  fileName: string;
  feedback: Feedback;
}

const MB = 1024 * 1024;
const MAX_JSON = 8 * MB;
const MAX_XLSX = 64 * MB;

/** The XLSX carries no client id: the caller looks it up from the bundle id. */
export type ClientOfBundle = (bundleId: string) => string | null;

function parseJson(text: string, name: string): Feedback {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw rejected('malformed', { name });
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== FEEDBACK_FORMAT) {
    throw rejected('not_feedback', { name });
  }
  const parsed = Feedback.safeParse(json);
  if (!parsed.success) throw rejected('malformed', { name, field: parsed.error.issues[0]?.path.join('.') ?? '' });
  return parsed.data;
}

/** Pasted text: the JSON itself, or a chat message ending with the machine line. */
export function readFeedbackText(text: string): ReadFeedback {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return { source: 'json', fileName: '', feedback: parseJson(trimmed, '') };
  const decoded = decodeFeedbackText(text);
  if (!decoded.ok) throw rejected(decoded.error === 'feedback_no_line' ? 'no_line' : decoded.error === 'feedback_checksum' ? 'checksum' : 'malformed');
  return { source: 'text', fileName: '', feedback: decoded.feedback };
}

const isZip = (head: Buffer) => head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;

export async function readFeedbackFile(file: string, clientOf: ClientOfBundle): Promise<ReadFeedback> {
  const name = path.basename(file);
  let size: number;
  let head: Buffer;
  try {
    const st = await fs.promises.stat(file);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
    const fh = await fs.promises.open(file, 'r');
    try {
      head = Buffer.alloc(4);
      await fh.read(head, 0, 4, 0);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw err instanceof AppError ? err : rejected('unreadable', { name }, err);
  }

  if (!isZip(head)) {
    if (size > MAX_JSON) throw rejected('too_large', { name, maxMb: MAX_JSON / MB });
    const text = await fs.promises.readFile(file, 'utf8');
    const read = readFeedbackText(text);
    return { ...read, fileName: name };
  }

  // A zip: an XLSX itself, or the bundle zip with the client's JSON or edited sheet inside.
  const entries = await readZip(file, (n) => n === '[Content_Types].xml' || /^feedback-[^/]*\.json$/i.test(n) || /^[^/]*\.xlsx$/i.test(n), name);
  if (entries.has('[Content_Types].xml')) {
    if (size > MAX_XLSX) throw rejected('too_large', { name, maxMb: MAX_XLSX / MB });
    return { source: 'xlsx', fileName: name, feedback: await readXlsx(file, name, clientOf, await fs.promises.readFile(file)) };
  }
  const json = [...entries.keys()].find((n) => n.toLowerCase().endsWith('.json'));
  if (json) return { source: 'json', fileName: `${name} › ${json}`, feedback: parseJson(entries.get(json)!.toString('utf8'), json) };
  const sheet = [...entries.keys()].find((n) => n.toLowerCase().endsWith('.xlsx'));
  if (sheet) {
    const bytes = entries.get(sheet)!;
    const tmp = path.join(path.dirname(file), `.${process.pid}-${Date.now()}-inner.xlsx`);
    // exceljs reads from a buffer; the inner sheet is checked as a zip of its own first.
    await fs.promises.writeFile(tmp, bytes);
    try {
      return { source: 'xlsx', fileName: `${name} › ${sheet}`, feedback: await readXlsx(tmp, sheet, clientOf, bytes) };
    } finally {
      await fs.promises.rm(tmp, { force: true });
    }
  }
  throw rejected('not_feedback', { name });
}

function decisionOf(value: string, row: number): 'approve' | 'changes' | null {
  const v = value.trim().toLowerCase();
  if (!v) return null;
  const approve = [DECISION_WORDS.id.approve, DECISION_WORDS.en.approve, 'disetujui', 'approved', 'ok', 'oke', 'acc'].map((w) => w.toLowerCase());
  const changes = [DECISION_WORDS.id.changes, DECISION_WORDS.en.changes, 'minta revisi', 'changes', 'request changes'].map((w) => w.toLowerCase());
  if (approve.some((w) => v === w || v.startsWith(`${w} `))) return 'approve';
  if (changes.some((w) => v === w || v.startsWith(`${w} `))) return 'changes';
  throw rejected('bad_decision', { row, value: value.slice(0, 40) });
}

/**
 * The client's edited EP sheet (9b's layout, electron/core/exports/xlsx.ts): the hidden
 * "rencana" sheet names the bundle and each row's post and hash; the EP sheet's Keputusan and
 * Komentar columns (Decision/Comment) carry the answers, found by their header.
 */
async function readXlsx(file: string, name: string, clientOf: ClientOfBundle, bytes: Buffer): Promise<Feedback> {
  // Every part inflated under the caps before exceljs (which trusts its input) sees it.
  await readZip(file, everyEntry, name);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw rejected('unreadable', { name }, err);
  }
  const meta = wb.getWorksheet(META_SHEET);
  const ep = wb.getWorksheet(EP_SHEET);
  if (!meta || !ep || meta.getCell('A1').text !== 'bundleId') throw rejected('not_feedback', { name });
  const bundleId = meta.getCell('B1').text.trim();
  const clientId = clientOf(bundleId);
  if (!clientId) throw rejected('unknown_bundle', { bundleId: bundleId.slice(0, 64) });

  const hashes = new Map<string, string>();
  meta.eachRow((row, r) => {
    if (r === 1) return;
    const postId = row.getCell(1).text.trim();
    const hash = row.getCell(3).text.trim();
    if (postId && !hashes.has(postId)) hashes.set(postId, hash);
  });

  const header = ep.getRow(HEADER_ROW);
  const columnOf = (key: 'decision' | 'comment' | 'id') => {
    const words = EP_COLUMNS.find((c) => c.key === key)!;
    let found = 0;
    header.eachCell((cell, c) => {
      const t = cell.text.trim().toLowerCase();
      if (!found && (t === words.id.toLowerCase() || t === words.en.toLowerCase())) found = c;
    });
    if (!found) throw rejected('not_feedback', { name });
    return found;
  };
  const col = { decision: columnOf('decision'), comment: columnOf('comment'), id: columnOf('id') };

  const byPost = new Map<string, { decision: 'approve' | 'changes' | null; comments: string[] }>();
  for (let r = HEADER_ROW + 1; r <= ep.rowCount; r++) {
    const row = ep.getRow(r);
    const postId = row.getCell(col.id).text.trim();
    if (!postId) continue;
    if (!hashes.has(postId)) throw rejected('unknown_post', { postId: postId.slice(0, 64) });
    const decision = decisionOf(row.getCell(col.decision).text, r);
    const comment = row.getCell(col.comment).text.trim();
    const entry = byPost.get(postId) ?? { decision: null, comments: [] };
    // One row per platform: "Revisi" on any row asks for changes to the post.
    if (decision === 'changes' || (decision === 'approve' && entry.decision === null)) entry.decision = decision;
    if (comment && !entry.comments.includes(comment)) entry.comments.push(comment);
    byPost.set(postId, entry);
  }

  let submittedAt = new Date().toISOString();
  try {
    submittedAt = (await fs.promises.stat(file)).mtime.toISOString();
  } catch {
    /* the time of import will do */
  }
  const feedback = {
    format: FEEDBACK_FORMAT,
    formatVersion: FORMAT_VERSION,
    bundleId,
    clientId,
    reviewer: '',
    note: '',
    submittedAt,
    decisions: [...hashes].map(([postId, contentHash]) => {
      const e = byPost.get(postId);
      return { postId, contentHash, decision: e?.decision ?? null, comment: (e?.comments.join('\n\n') ?? '').slice(0, 10_000) };
    }),
  };
  const parsed = Feedback.safeParse(feedback);
  if (!parsed.success) throw rejected('malformed', { name, field: parsed.error.issues[0]?.path.join('.') ?? '' });
  return parsed.data;
}
