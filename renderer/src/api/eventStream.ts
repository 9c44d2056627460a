import type { CoreEvent } from '../../../shared/contract/events';

/**
 * Reads a server-sent-events body (`data: <json>` blocks separated by a blank line) and calls
 * `sink` with each core event. Comments (`: alive`) are skipped. Resolves when the stream ends.
 */
export async function readEventStream(body: ReadableStream<Uint8Array>, sink: (e: CoreEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      if (!data) continue;
      try {
        const e = JSON.parse(data) as CoreEvent;
        if (e && typeof e.event === 'string') sink(e);
      } catch {
        /* a malformed block is skipped; the stream goes on */
      }
    }
  }
}

/**
 * Subscribes to `GET /events` with fetch (so the Authorization header goes along, which
 * EventSource cannot do) and reconnects after a dropped connection until stopped.
 */
export function sseSubscribe(headers: () => Record<string, string>, retryMs = 2000) {
  return (sink: (e: CoreEvent) => void): (() => void) => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = async () => {
      try {
        const res = await fetch('/events', { headers: headers(), signal: abort.signal });
        if (res.ok && res.body) await readEventStream(res.body, sink);
      } catch {
        /* dropped or refused: try again below unless stopped */
      }
      if (!abort.signal.aborted) timer = setTimeout(() => void connect(), retryMs);
    };
    void connect();
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  };
}
