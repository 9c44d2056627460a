/**
 * Autosave for one variant, built so that no keystroke is lost:
 * - every change goes into a local journal (localStorage) before the save is sent, and
 *   synchronously when the window is being closed or hidden;
 * - saves go out one at a time after a short pause; one that fails because the core is
 *   unreachable (restarting, or the window closing) is retried with backoff;
 * - a journal entry is removed only once the core has acknowledged that exact text, and
 *   entries left over from a closed window are replayed the next time the app runs.
 */
import type { Variant } from '../../../../../shared/contract/schemas';
import type { SaveResult } from '../../../../../shared/contract/editor';
import { AppError } from '../../../../../shared/contract/errors';
import type { Platform } from '../../../../../shared/domain/platforms';
import { isTransient } from '../../../ui/errors';
import { createValueStore, type ValueStore } from '../../../ui/valueStore';

export interface Snapshot {
  doc: Variant['doc'];
  plain: string;
}
interface JournalEntry extends Snapshot {
  slotId: string;
  platform: Platform;
  /** When the text was typed (ISO). */
  at: string;
}

export type SaveStatus = { state: 'saved'; at: string | null } | { state: 'pending' } | { state: 'saving' } | { state: 'retrying'; error: unknown } | { state: 'failed'; error: unknown };

/** The part of localStorage the journal uses (typed here so the module also loads in Node tests). */
interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}
const storage = (): KeyValueStore => (globalThis as unknown as { localStorage: KeyValueStore }).localStorage;

const PREFIX = 'rencana.copyDraft.';
const keyOf = (slotId: string, platform: string) => `${PREFIX}${slotId}.${platform}`;

export const journal = {
  put(e: JournalEntry) {
    try {
      storage().setItem(keyOf(e.slotId, e.platform), JSON.stringify(e));
    } catch {
      // Storage full or unavailable: the save to the core still goes out.
    }
  },
  get(slotId: string, platform: string): JournalEntry | null {
    return parse(storage().getItem(keyOf(slotId, platform)));
  },
  /** Removes the entry if it still holds the text the core has just acknowledged. */
  settle(slotId: string, platform: string, at: string) {
    if (journal.get(slotId, platform)?.at === at) storage().removeItem(keyOf(slotId, platform));
  },
  all(): JournalEntry[] {
    const out: JournalEntry[] = [];
    const s = storage();
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      const e = k?.startsWith(PREFIX) ? parse(s.getItem(k)) : null;
      if (e) out.push(e);
    }
    return out;
  },
  drop(slotId: string, platform: string) {
    storage().removeItem(keyOf(slotId, platform));
  },
};

function parse(raw: string | null): JournalEntry | null {
  if (!raw) return null;
  try {
    const e = JSON.parse(raw) as JournalEntry;
    return typeof e.plain === 'string' && typeof e.at === 'string' && typeof e.slotId === 'string' ? e : null;
  } catch {
    return null;
  }
}


const DEBOUNCE_MS = 600;
const RETRY_MS = [1000, 2000, 4000, 8000, 15000];

type SaveFn = (input: { slotId: string; platform: Platform } & Snapshot) => Promise<SaveResult>;

export class VariantSaver {
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private attempt = 0;
  private closed = false;
  /** Followed by the save indicator (useValue), which re-renders on its own. */
  readonly state: ValueStore<SaveStatus>;

  constructor(
    private readonly slotId: string,
    private readonly platform: Platform,
    /** Reads the editor's current document and text, only when a save is due. */
    private readonly read: () => Snapshot,
    private readonly save: SaveFn,
    private readonly onSaved: (r: SaveResult) => void,
    savedAt: string | null,
  ) {
    this.state = createValueStore<SaveStatus>({ state: 'saved', at: savedAt });
  }

  get status(): SaveStatus {
    return this.state.get();
  }

  private set(s: SaveStatus) {
    this.state.set(s);
  }

  /** A keystroke: cheap, the work happens after the pause. */
  changed() {
    this.dirty = true;
    if (this.status.state === 'saved' || this.status.state === 'failed') this.set({ state: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  /** Writes the journal now (window closing, tab hidden); the save follows when it can. */
  journalNow() {
    if (!this.dirty) return;
    const snap = this.read();
    const at = new Date().toISOString();
    journal.put({ slotId: this.slotId, platform: this.platform, at, ...snap });
  }

  /** Saves whatever is unsaved; resolves when the core has it (or gave up). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.running) await this.running;
    if (!this.dirty) return;
    this.running = this.send().finally(() => (this.running = null));
    return this.running;
  }

  private async send() {
    const snap = this.read();
    const at = new Date().toISOString();
    this.dirty = false;
    journal.put({ slotId: this.slotId, platform: this.platform, at, ...snap });
    this.set({ state: 'saving' });
    try {
      const result = await this.save({ slotId: this.slotId, platform: this.platform, ...snap });
      this.attempt = 0;
      if (!this.dirty) journal.settle(this.slotId, this.platform, at);
      this.onSaved(result);
      this.set(this.dirty ? { state: 'pending' } : { state: 'saved', at: result.variant.updatedAt });
      if (this.dirty && !this.closed) this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
    } catch (err) {
      this.dirty = true; // the journal keeps the text meanwhile
      if (isTransient(err) && !this.closed) {
        const wait = RETRY_MS[Math.min(this.attempt++, RETRY_MS.length - 1)]!;
        this.set({ state: 'retrying', error: err });
        this.timer = setTimeout(() => void this.flush(), wait);
      } else {
        this.set({ state: 'failed', error: err });
      }
    }
  }

  /** The core is reachable again: skip the rest of the backoff and send what is unsaved now. */
  retryNow(): Promise<void> {
    if (!this.dirty || this.status.state === 'saving') return Promise.resolve();
    this.attempt = 0;
    return this.flush();
  }

  /** The editor is (back) on screen: failed saves are retried again. */
  open() {
    this.closed = false;
  }

  /** The editor is going away: journal what is unsaved and send it one last time. */
  close(): Promise<void> {
    this.journalNow();
    this.closed = true;
    return this.flush();
  }

  /** The variant is being removed: forget unsaved text instead of saving it back. */
  async discard() {
    this.closed = true;
    this.dirty = false;
    clearTimeout(this.timer);
    while (this.running) await this.running;
    journal.drop(this.slotId, this.platform);
  }

  /** Nothing unsaved (e.g. after a restore replaced the text). */
  markClean(at: string) {
    this.dirty = false;
    clearTimeout(this.timer);
    journal.drop(this.slotId, this.platform);
    this.set({ state: 'saved', at });
  }
}

/**
 * Journal entries left by a window that closed before its saves went out: each goes to the
 * core unless the variant there is newer. Run once per app start.
 */
export async function replayJournal(
  save: SaveFn,
  current: (slotId: string) => Promise<Array<{ platform: string; updatedAt: string }>>,
): Promise<number> {
  let replayed = 0;
  for (const e of journal.all()) {
    try {
      const variants = await current(e.slotId);
      const there = variants.find((v) => v.platform === e.platform);
      // No variant there: the user removed the platform since; the text goes with it.
      if (there && there.updatedAt < e.at) {
        await save({ slotId: e.slotId, platform: e.platform, doc: e.doc, plain: e.plain });
        replayed++;
      }
      journal.settle(e.slotId, e.platform, e.at);
    } catch (err) {
      // A slot deleted since has nowhere to go; anything else waits for the next start.
      if (err instanceof AppError && err.code === 'not_found') journal.settle(e.slotId, e.platform, e.at);
    }
  }
  return replayed;
}
