/**
 * The columns of an Indonesian EP sheet (DESIGN.md §1 step 2, §7) and the header names people
 * give them, in Indonesian and English with their common variants. Used by the spreadsheet
 * import and by pasting rows into the EP table.
 */
export const SHEET_FIELDS = [
  'no',
  'date',
  'day',
  'time',
  'platform',
  'pillar',
  'format',
  'topic',
  'visual',
  'caption',
  'hashtags',
  'link',
  'pic',
  'status',
  'campaign',
  'notes',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];
/** What a column of the sheet feeds; 'ignore' leaves it out. */
export type ColumnTarget = SheetField | 'ignore';

const ALIASES: Record<SheetField, readonly string[]> = {
  no: ['no', 'nomor', 'number', 'num', 'nr'],
  date: ['tanggal', 'tgl', 'date', 'hari tanggal', 'hari tgl', 'day date', 'tanggal posting', 'tanggal tayang', 'tgl posting', 'tgl tayang', 'tanggal upload', 'tgl upload', 'posting date', 'post date', 'publish date', 'upload date'],
  day: ['hari', 'day', 'weekday'],
  time: ['jam', 'waktu', 'time', 'pukul', 'jam posting', 'jam tayang', 'jam upload', 'waktu posting', 'waktu tayang', 'posting time', 'post time', 'publish time', 'upload time'],
  platform: ['platform', 'platforms', 'channel', 'channels', 'kanal', 'media', 'sosmed', 'social media', 'media sosial', 'akun', 'account', 'network'],
  pillar: ['pillar', 'pilar', 'content pillar', 'pilar konten', 'konten pilar', 'kategori', 'category', 'kategori konten', 'content category'],
  format: ['format', 'tipe', 'type', 'jenis', 'content type', 'jenis konten', 'tipe konten', 'format konten', 'content format', 'post type'],
  topic: ['topik', 'topic', 'judul', 'title', 'headline', 'ide', 'idea', 'ide konten', 'content idea', 'tema', 'theme', 'subject', 'topik konten', 'judul konten'],
  visual: ['visual', 'visual brief', 'brief', 'brief visual', 'referensi', 'reference', 'ref', 'visual reference', 'referensi visual', 'desain', 'design', 'brief desain', 'design brief', 'konsep visual', 'visual concept', 'deskripsi visual'],
  caption: ['caption', 'copy', 'konten', 'copywriting', 'teks', 'text', 'isi konten', 'caption copy', 'copy caption', 'content', 'naskah', 'body', 'post copy', 'captions'],
  hashtags: ['hashtag', 'hashtags', 'tagar', 'tags', 'tag'],
  link: ['cta', 'link', 'cta link', 'link cta', 'url', 'tautan', 'call to action', 'cta url'],
  pic: ['pic', 'penanggung jawab', 'person in charge', 'owner', 'assignee', 'pj'],
  status: ['status', 'progress', 'progres', 'status konten', 'content status'],
  campaign: ['kampanye', 'campaign', 'program', 'campaign name', 'nama kampanye'],
  notes: ['catatan', 'catatan klien', 'notes', 'note', 'komentar', 'comment', 'comments', 'feedback', 'keputusan', 'revisi', 'keterangan', 'remarks', 'client notes'],
};

/** Lower case, no accents or punctuation, single spaces: "Hari/Tanggal " → "hari tanggal". */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const EXACT = new Map<string, SheetField>();
for (const f of SHEET_FIELDS) for (const a of ALIASES[f]) EXACT.set(a, f);
const BY_LENGTH = [...EXACT.entries()].sort((a, b) => b[0].length - a[0].length);

/** The field a header names, or null: exact alias, else the longest alias its words start with. */
export function matchHeader(text: string): SheetField | null {
  const h = normalizeHeader(text);
  if (!h) return null;
  const exact = EXACT.get(h);
  if (exact) return exact;
  const noParen = normalizeHeader(text.replace(/\(.*?\)/g, ' '));
  if (noParen && EXACT.get(noParen)) return EXACT.get(noParen)!;
  for (const [alias, field] of BY_LENGTH) {
    if (h.startsWith(alias + ' ') && alias.length >= 3) return field;
  }
  return null;
}

/** One target per column; a field claimed by an earlier column leaves later ones ignored. */
export function mapHeaders(headers: readonly string[]): ColumnTarget[] {
  const used = new Set<SheetField>();
  return headers.map((h) => {
    const f = matchHeader(h);
    if (!f || used.has(f)) return 'ignore';
    used.add(f);
    return f;
  });
}

/**
 * The index of the header row: the first of the top rows naming the most EP fields (at least two,
 * one of them the date, topic or caption). Title rows above it ("EDITORIAL PLAN FEBRUARI 2027")
 * name none. -1 when no row looks like a header.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[], scan = 30): number {
  let best = -1;
  let bestScore = 1;
  for (let r = 0; r < Math.min(rows.length, scan); r++) {
    const fields = new Set(rows[r]!.map((c) => matchHeader(c)).filter((f): f is SheetField => f !== null));
    if (!fields.has('date') && !fields.has('topic') && !fields.has('caption')) continue;
    if (fields.size > bestScore) {
      best = r;
      bestScore = fields.size;
    }
  }
  return best;
}
