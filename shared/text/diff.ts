/**
 * Word-level diff for the revision history: Myers' O(ND) algorithm on tokens (words with
 * their '#'/'@', runs of spaces, line breaks, single punctuation marks), so a changed word
 * shows as one word struck out and one inserted rather than a scatter of letters.
 */
export type DiffOp = { type: 'equal' | 'insert' | 'delete'; text: string };

const TOKEN = /\r\n|\n|[^\S\n]+|[#@＃＠]?[\p{L}\p{M}\p{N}_’'-]+|\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*|[\s\S]/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Edits that turn `before` into `after`, adjacent ops of one type merged. */
export function diffWords(before: string, after: string): DiffOp[] {
  const a = tokens(before);
  const b = tokens(after);
  // Common prefix and suffix first: typical revisions differ in a few places.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const ops: DiffOp[] = [];
  const push = (type: DiffOp['type'], text: string) => {
    if (!text) return;
    const last = ops.at(-1);
    if (last?.type === type) last.text += text;
    else ops.push({ type, text });
  };
  push('equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  for (const [type, tok] of bounded(midA, midB)) push(type, tok);
  push('equal', a.slice(endA).join(''));
  return ops;
}

/** The walk keeps a frontier per step: past this many tokens, compare whole lines instead. */
const MAX_TOKENS = 5000;

function bounded(a: string[], b: string[]): Array<[DiffOp['type'], string]> {
  if (a.length + b.length <= MAX_TOKENS) return myers(a, b);
  const la = lines(a.join(''));
  const lb = lines(b.join(''));
  if (la.length + lb.length <= MAX_TOKENS) return myers(la, lb);
  return [
    ['delete', la.join('')],
    ['insert', lb.join('')],
  ];
}

const lines = (s: string): string[] => s.match(/[^\n]*\n|[^\n]+$/g) ?? [];

function myers(a: string[], b: string[]): Array<[DiffOp['type'], string]> {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((t) => ['insert', t]);
  if (m === 0) return a.map((t) => ['delete', t]);
  const offset = n + m;
  const v = new Int32Array(2 * offset + 2);
  // trace[d]: the furthest x per diagonal k before step d, for the walk back.
  const trace: Int32Array[] = [];
  let steps = 0;
  search: for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        steps = d;
        break search;
      }
    }
  }
  const out: Array<[DiffOp['type'], string]> = [];
  let x = n;
  let y = m;
  for (let d = steps; d > 0; d--) {
    const prev = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && prev[offset + k - 1]! < prev[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      y--;
      out.push(['equal', a[--x]!]);
    }
    if (down) out.push(['insert', b[--y]!]);
    else out.push(['delete', a[--x]!]);
  }
  while (x > 0 && y > 0) {
    y--;
    out.push(['equal', a[--x]!]);
  }
  return out.reverse();
}
