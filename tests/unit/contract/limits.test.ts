import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, METHODS } from '../../../shared/contract/methods';
import { parseInput } from '../../../shared/contract/parse';
import { Instant, LocalDate, text } from '../../../shared/contract/schemas';
import { AppError } from '../../../shared/contract/errors';

/** Paths of strings and arrays with no size limit in a JSON schema (refs followed once). */
function* unbounded(node: unknown, path: string, root: Record<string, unknown>, seen = new Set<string>()): Generator<string> {
  if (typeof node !== 'object' || node === null) return;
  const n = node as Record<string, unknown>;
  if (n.maxChars !== undefined) return; // bounded by its serialised size (Doc)
  if (typeof n.$ref === 'string') {
    if (seen.has(n.$ref)) return;
    seen.add(n.$ref);
    const def = (root.$defs as Record<string, unknown>)[n.$ref.replace('#/$defs/', '')];
    yield* unbounded(def, `${path}→${n.$ref}`, root, seen);
    return;
  }
  const types = ([] as unknown[]).concat(n.type ?? []);
  if (types.includes('string') && n.maxLength === undefined && n.enum === undefined && n.const === undefined) yield `${path} (string)`;
  if (types.includes('array') && n.maxItems === undefined && n.prefixItems === undefined) yield `${path} (array)`;
  for (const [k, v] of Object.entries(n)) {
    if (k === '$defs') continue;
    if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* unbounded(x, `${path}/${k}/${i}`, root, seen);
    else if (typeof v === 'object') yield* unbounded(v, `${path}/${k}`, root, seen);
  }
}

describe('contract limits', () => {
  it('every text and list in every method input has a size limit (new methods included)', () => {
    const missing: string[] = [];
    for (const m of METHODS) {
      const schema = z.toJSONSchema(contract[m].input, { io: 'input', unrepresentable: 'any' });
      for (const where of unbounded(schema, m, schema as Record<string, unknown>)) missing.push(where);
    }
    expect(missing).toEqual([]);
  });

  it('refuses unpaired surrogates in text, anywhere in any method input', () => {
    expect(text(10).safeParse('ok 👍').success).toBe(true);
    expect(text(10).safeParse('a\ud83d').success).toBe(false);
    expect(text(10).safeParse('\udc4db').success).toBe(false);
    for (const m of METHODS) {
      for (const input of [{ name: 'x\ud800' }, { deep: [{ a: '\udfff' }] }, { ['k\ud800']: 1 }]) {
        try {
          parseInput(m, input);
          expect.unreachable(`${m} took a lone surrogate`);
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
          expect((err as AppError).code).toBe('invalid_input');
        }
      }
    }
  });

  it('refuses input nested deeper than any real document, without overflowing', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => parseInput('variants.save', { slotId: 's', platform: 'x', doc: deep, plain: '' })).toThrow(/Invalid input/);
  });

  it('keeps dates between 1900 and 2200', () => {
    expect(LocalDate.safeParse('2026-12-01').success).toBe(true);
    expect(LocalDate.safeParse('1900-01-01').success).toBe(true);
    for (const d of ['0000-01-01', '9999-12-31', '1899-12-31', '2201-01-01', '2026-02-30']) expect(LocalDate.safeParse(d).success, d).toBe(false);
    expect(Instant.safeParse('2026-12-01T12:00:00Z').success).toBe(true);
    for (const d of ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-13-01T00:00:00Z']) expect(Instant.safeParse(d).success, d).toBe(false);
  });

  it('refuses a 10 MB editor document, hashtag or caption', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: big }] }] };
    expect(() => parseInput('variants.save', { slotId: 's', platform: 'x', doc, plain: '' })).toThrow(/Invalid input/);
    expect(() => parseInput('variants.save', { slotId: 's', platform: 'x', doc: null, plain: big })).toThrow(/Invalid input/);
    expect(() => parseInput('hashtagSets.save', { clientId: 'c', name: 'n', tags: [big] })).toThrow(/Invalid input/);
    expect(() => parseInput('clients.update', { id: 'c', patch: { requiredHashtags: ['#' + big] } })).toThrow(/Invalid input/);
  });
});
