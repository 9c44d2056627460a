import type { Input, Method, Output } from '../../shared/contract/methods';

/**
 * Calls the running core's contract directly (for test fixtures), as the renderer does:
 * POST /api/<method> with the launch token.
 */
export async function apiCall<M extends Method>(coreUrl: string, method: M, input: Input<M>): Promise<Output<M>> {
  const url = new URL(coreUrl);
  const token = url.searchParams.get('token') ?? '';
  const res = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const reply = (await res.json()) as { ok: boolean; value?: Output<M>; error?: { message: string } };
  if (!reply.ok) throw new Error(`${method}: ${reply.error?.message}`);
  return reply.value as Output<M>;
}
