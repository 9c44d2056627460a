import { parseInput } from '../../shared/contract/parse';
import { AppError, type Reply } from '../../shared/contract/errors';
import { isTrustedSender, openExternalSafely, type SenderFrame } from './security';

interface IpcEventLike {
  senderFrame: SenderFrame | null;
}

/**
 * The handler behind `rencana:call`: the sender must be our top frame; the input is validated
 * here where it enters main, and the parsed value (not the raw one) goes on to the core.
 */
export function callHandler(isAppUrl: (url: string) => boolean, call: (method: string, input: unknown) => Promise<Reply<unknown>>) {
  return async (event: IpcEventLike, method: unknown, input: unknown): Promise<Reply<unknown>> => {
    if (!isTrustedSender(event.senderFrame, isAppUrl)) return { ok: false, error: { code: 'unauthorized', message: 'Untrusted sender' } };
    if (typeof method !== 'string') return { ok: false, error: { code: 'unknown_method', message: 'Unknown method' } };
    let parsed: { method: string; value: unknown };
    try {
      parsed = parseInput(method, input);
    } catch (err) {
      return { ok: false, error: err instanceof AppError ? err.toJSON() : { code: 'internal', message: 'Validation failed' } };
    }
    return call(parsed.method, parsed.value);
  };
}

export function openExternalHandler(isAppUrl: (url: string) => boolean) {
  return (event: IpcEventLike, url: unknown): boolean => isTrustedSender(event.senderFrame, isAppUrl) && openExternalSafely(url);
}

/** "Try again" from the failure screen; only our page may ask. */
export function retryHandler(isAppUrl: (url: string) => boolean, retry: () => Promise<unknown>) {
  return async (event: IpcEventLike): Promise<boolean> => {
    if (!isTrustedSender(event.senderFrame, isAppUrl)) return false;
    await retry();
    return true;
  };
}
