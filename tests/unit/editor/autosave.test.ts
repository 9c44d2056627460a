import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveResult } from '../../../shared/contract/editor';
import { AppError } from '../../../shared/contract/errors';
import { journal, replayJournal, VariantSaver, type Snapshot } from '../../../renderer/src/features/editor/history/autosave';

/** The journal lives in localStorage; Node has none, so a Map stands in. */
class MemoryStorage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

const result = (plain: string, at = new Date().toISOString()): SaveResult => ({
  variant: { slotId: 's1', platform: 'x', doc: null, plain, updatedAt: at },
  revision: null,
});

let text: Snapshot;
const read = () => text;

beforeEach(() => {
  vi.stubGlobal('localStorage', new MemoryStorage());
  vi.useFakeTimers();
  text = { doc: null, plain: '' };
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('autosave', () => {
  it('saves once after a pause, with the latest text, and clears the journal when acknowledged', async () => {
    const save = vi.fn(async (input: Snapshot) => result(input.plain));
    const saver = new VariantSaver('s1', 'x', read, save, () => {}, null);
    for (const plain of ['H', 'Ha', 'Hal', 'Halo']) {
      text = { doc: null, plain };
      saver.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saver.status.state).toBe('pending');
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({ slotId: 's1', platform: 'x', plain: 'Halo' });
    expect(saver.status.state).toBe('saved');
    expect(journal.get('s1', 'x')).toBeNull();
  });

  it('keeps the text in the journal and retries while the core is unreachable', async () => {
    let up = false;
    const save = vi.fn(async (input: Snapshot) => {
      if (!up) throw new AppError('transport', 'core restarting');
      return result(input.plain);
    });
    const saver = new VariantSaver('s1', 'x', read, save, () => {}, null);
    text = { doc: null, plain: 'Promo 12.12' };
    saver.changed();
    await vi.advanceTimersByTimeAsync(600);
    expect(saver.status.state).toBe('retrying');
    expect(journal.get('s1', 'x')?.plain).toBe('Promo 12.12');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    up = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(3);
    expect(saver.status.state).toBe('saved');
    expect(journal.get('s1', 'x')).toBeNull();
  });

  it('does not retry what the core refused, and says so', async () => {
    const save = vi.fn(async () => {
      throw new AppError('not_found', 'slot deleted');
    });
    const saver = new VariantSaver('s1', 'x', read, save, () => {}, null);
    text = { doc: null, plain: 'x' };
    saver.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.status.state).toBe('failed');
  });

  it('journals synchronously when the window closes, before any save could go out', () => {
    const saver = new VariantSaver('s1', 'x', read, async () => result(''), () => {}, null);
    text = { doc: null, plain: 'Ketikan terakhir' };
    saver.changed();
    saver.journalNow(); // what pagehide / beforeunload call
    expect(journal.get('s1', 'x')?.plain).toBe('Ketikan terakhir');
  });

  it('typing during a save is saved after it, not lost', async () => {
    let release!: () => void;
    const save = vi.fn(
      (input: Snapshot) => new Promise<SaveResult>((r) => (release = () => r(result(input.plain)))),
    );
    const saver = new VariantSaver('s1', 'x', read, save, () => {}, null);
    text = { doc: null, plain: 'satu' };
    saver.changed();
    await vi.advanceTimersByTimeAsync(600);
    text = { doc: null, plain: 'satu dua' };
    saver.changed();
    release();
    await vi.advanceTimersByTimeAsync(600);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls.map((c) => c[0].plain)).toEqual(['satu', 'satu dua']);
    expect(saver.status.state).toBe('saved');
  });

  it('a removed variant is discarded, not saved back', async () => {
    const save = vi.fn(async (input: Snapshot) => result(input.plain));
    const saver = new VariantSaver('s1', 'x', read, save, () => {}, null);
    text = { doc: null, plain: 'dibuang' };
    saver.changed();
    await saver.discard();
    await saver.close();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
    expect(journal.get('s1', 'x')).toBeNull();
  });
});

describe('journal replay', () => {
  it('sends text newer than the stored variant and drops what is older or has nowhere to go', async () => {
    journal.put({ slotId: 'a', platform: 'x', at: '2026-12-01T10:05:00.000Z', doc: null, plain: 'baru' });
    journal.put({ slotId: 'b', platform: 'x', at: '2026-12-01T10:00:00.000Z', doc: null, plain: 'lama' });
    journal.put({ slotId: 'c', platform: 'x', at: '2026-12-01T10:00:00.000Z', doc: null, plain: 'slot dihapus' });
    journal.put({ slotId: 'd', platform: 'x', at: '2026-12-01T10:00:00.000Z', doc: null, plain: 'platform dihapus' });
    const stored: Record<string, string> = { a: '2026-12-01T10:01:00.000Z', b: '2026-12-01T10:03:00.000Z' };
    const save = vi.fn(async (input: Snapshot) => result(input.plain));
    const n = await replayJournal(save, async (slotId) => {
      if (slotId === 'c') throw new AppError('not_found', 'gone');
      return stored[slotId] ? [{ platform: 'x', updatedAt: stored[slotId]! }] : [];
    });
    expect(n).toBe(1);
    expect(save.mock.calls.map((c) => c[0].plain)).toEqual(['baru']);
    expect(journal.all()).toEqual([]);
  });

  it('keeps an entry when the core cannot be reached, for the next start', async () => {
    journal.put({ slotId: 'a', platform: 'x', at: '2026-12-01T10:05:00.000Z', doc: null, plain: 'tunggu' });
    await replayJournal(vi.fn(), async () => {
      throw new AppError('transport', 'down');
    });
    expect(journal.all().map((e) => e.plain)).toEqual(['tunggu']);
  });

  it('when the core comes back, a save waiting in its backoff goes at once, and the journal clears', async () => {
    let up = false;
    const save = vi.fn(async (input: Snapshot) => {
      if (!up) throw new AppError('transport', 'The core process ended');
      return result(input.plain);
    });
    const saver = new VariantSaver('s1', 'x', read, save, () => {}, null);
    text = { doc: null, plain: 'Caption yang diketik saat core mati' };
    saver.changed();
    await vi.advanceTimersByTimeAsync(600 + 1000 + 2000); // first try and two retries fail
    expect(saver.status.state).toBe('retrying');
    expect(journal.get('s1', 'x')?.plain).toBe(text.plain);
    const tries = save.mock.calls.length;
    up = true;
    await saver.retryNow(); // what the rencana:core-back listener calls; no timer needed
    expect(save).toHaveBeenCalledTimes(tries + 1);
    expect(saver.status.state).toBe('saved');
    expect(journal.get('s1', 'x')).toBeNull();
  });
});
