import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** zod issues as the contract's FieldIssue list (path joined with dots). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
}
