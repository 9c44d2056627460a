import { contract, isMethod, type Method, type ParsedInput } from './methods';
import { AppError, type FieldIssue } from './errors';
import { LONE_SURROGATE } from './schemas';
import { toFieldIssues } from './validate';

/** Deeper than any document the editor makes; deep enough nesting would overflow the validator's stack. */
export const MAX_INPUT_DEPTH = 64;

/**
 * Rules every input obeys whatever its schema says, checked before the schema: no nesting past
 * MAX_INPUT_DEPTH and no unpaired surrogate in any string or key. A field another feature adds
 * with a bare `z.string()` is covered too. Iterative, so hostile depth cannot overflow it.
 */
export function inputShapeIssues(input: unknown): FieldIssue[] {
  const stack: Array<{ v: unknown; path: string; depth: number }> = [{ v: input, path: '', depth: 0 }];
  while (stack.length) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) return [{ path, code: 'lone_surrogate', message: 'text contains a broken character (an unpaired surrogate)' }];
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_INPUT_DEPTH) return [{ path, code: 'too_deep', message: `nested more than ${MAX_INPUT_DEPTH} levels` }];
    for (const [k, child] of Object.entries(v)) {
      const p = path ? `${path}.${k}` : k;
      if (LONE_SURROGATE.test(k)) return [{ path: p, code: 'lone_surrogate', message: 'key contains a broken character' }];
      stack.push({ v: child, path: p, depth: depth + 1 });
    }
  }
  return [];
}

/**
 * The one validation of a call's input where it enters (the core's dispatcher, Electron main's
 * IPC handler): the method must exist, the shape rules hold, the schema parses. Returns the
 * parsed value, which is what gets passed on, or throws the AppError the caller reports.
 */
export function parseInput<M extends Method>(method: string, input: unknown): { method: M; value: ParsedInput<M> } {
  if (!isMethod(method)) throw new AppError('unknown_method', `Unknown method: ${method.slice(0, 80)}`, { details: { method: method.slice(0, 80) } });
  const shape = inputShapeIssues(input);
  if (shape.length) throw new AppError('invalid_input', `Invalid input for ${method}`, { issues: shape });
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) throw new AppError('invalid_input', `Invalid input for ${method}`, { issues: toFieldIssues(parsed.error) });
  return { method: method as M, value: parsed.data as ParsedInput<M> };
}
