/**
 * The one spelling worker for the whole window (the dictionaries load once), and the bridge
 * from an editor to it: after the user pauses, the unstyled text goes to the worker; the
 * answer is applied only if the document has not changed since.
 */
import type { Editor } from '@tiptap/react';
import { createValueStore } from '../../../ui/valueStore';
import { currentSpelling, spellKey, type SpellMark, type SpellMeta } from '../checks/checkPlugin';
import { serialize, toPos } from '../document/plainText';
import type { Misspelling } from './speller';
import type { SpellReply, SpellRequest } from './spellProtocol';

class SpellWorker {
  private worker: Worker | null = null;
  private booted = false;
  private ready = false;
  private queue: SpellRequest[] = [];
  private nextId = 1;
  /** Per editor (channel): the one check waiting for an answer. */
  private checks = new Map<string, { id: number; resolve: (items: Misspelling[] | null) => void }>();
  private suggestions = new Map<number, (words: string[]) => void>();
  private glossaryKey: string | null = null;
  /** Whether the spelling check is out of action. */
  readonly failed = createValueStore(false);

  /** Without a worker nothing waits forever: pending checks and suggestions end empty. */
  private fail() {
    if (this.failed.get()) return;
    this.failed.set(true);
    for (const c of this.checks.values()) c.resolve(null);
    for (const s of this.suggestions.values()) s([]);
    this.checks.clear();
    this.suggestions.clear();
  }

  /**
   * The worker is a file next to the page. Should the shell refuse to start it from there (a
   * file:// page can be stricter than http), the same worker comes inlined from a separate
   * chunk and runs from a blob: URL, which the CSP allows; it is only loaded if needed.
   */
  private boot(inline: boolean) {
    const attach = (w: Worker) => {
      this.worker = w;
      w.onmessage = (e: MessageEvent<SpellReply>) => this.receive(e.data);
      w.onerror = () => (!this.ready && !inline ? this.fallback() : this.fail());
      for (const m of this.queue) w.postMessage(m);
    };
    if (!inline) {
      try {
        attach(new Worker(new URL('./spell.worker.ts', import.meta.url), { type: 'module' }));
      } catch {
        this.fallback();
      }
      return;
    }
    import('./spell.worker.ts?worker&inline').then(
      ({ default: InlineWorker }) => attach(new InlineWorker()),
      () => this.fail(),
    );
  }

  private fallback() {
    this.worker?.terminate();
    this.worker = null;
    this.boot(true);
  }

  private send(m: SpellRequest) {
    if (this.failed.get()) return;
    // Until the worker says it is ready, keep what was sent, to replay on the fallback.
    if (!this.ready) this.queue.push(m);
    if (!this.booted) {
      this.booted = true;
      this.boot(false);
    } else this.worker?.postMessage(m);
  }

  private receive(m: SpellReply) {
    if (m.type === 'ready') {
      this.ready = true;
      this.queue = [];
    } else if (m.type === 'failed') this.fail();
    else if (m.type === 'checked') {
      const waiting = this.checks.get(m.channel);
      if (waiting?.id === m.id) {
        this.checks.delete(m.channel);
        waiting.resolve(m.items);
      }
    } else if (m.type === 'suggested') {
      this.suggestions.get(m.id)?.(m.suggestions);
      this.suggestions.delete(m.id);
    }
  }

  setGlossary(words: readonly string[]) {
    const key = words.join('\u0000');
    if (key === this.glossaryKey) return;
    this.glossaryKey = key;
    this.send({ type: 'glossary', words: [...words] });
  }

  /** Null when a newer check replaced this one before the worker got to it. */
  check(channel: string, text: string): Promise<Misspelling[] | null> {
    if (this.failed.get()) return Promise.resolve(null);
    // The worker answers only the newest text of each channel.
    this.checks.get(channel)?.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.checks.set(channel, { id, resolve });
      this.send({ type: 'check', channel, id, text });
    });
  }

  suggest(word: string): Promise<string[]> {
    if (this.failed.get()) return Promise.resolve([]);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.suggestions.set(id, resolve);
      this.send({ type: 'suggest', id, word });
    });
  }
}

export const spellWorker = new SpellWorker();

/** Sends the editor's text for checking; applies the answer if the document is unchanged. */
export async function requestSpelling(editor: Editor, channel: string, glossary: readonly string[]): Promise<void> {
  spellWorker.setGlossary(glossary);
  const { version } = currentSpelling(editor.state);
  // Styled letters are checked as the plain word; positions map through the unstyled text.
  const plain = serialize(editor.state.doc, 'drop');
  const items = await spellWorker.check(channel, plain.text);
  if (!items || editor.isDestroyed || currentSpelling(editor.state).version !== version) return;
  const marks: SpellMark[] = items.map((m) => ({ from: toPos(plain, m.from), to: toPos(plain, m.to), word: m.word }));
  const meta: SpellMeta = { version, marks };
  editor.view.dispatch(editor.state.tr.setMeta(spellKey, meta).setMeta('addToHistory', false));
}
