import { describe, expect, it } from 'vitest';
import { CoreSupervisor, type CoreHandle, type CoreState } from '../../../electron/main/core-supervisor';
import type { Reply } from '../../../shared/contract/errors';

/** A fake core process: answers calls, can be made to die; a pending call hangs until it does. */
class FakeCore implements CoreHandle {
  pending: Array<(r: Reply<unknown>) => void> = [];
  hang = false;
  constructor(private readonly exit: (code: number | null) => void) {}
  call(method: string): Promise<Reply<unknown>> {
    if (this.hang && method !== 'app.status') return new Promise((r) => this.pending.push(r));
    return Promise.resolve({ ok: true, value: method });
  }
  die() {
    // As core-process.ts does: calls in flight fail, then the exit is reported.
    for (const r of this.pending.splice(0)) r({ ok: false, error: { code: 'transport', message: 'The core process ended' } });
    this.exit(137);
  }
  stop() {}
}

function harness(maxRestarts = 3) {
  const cores: FakeCore[] = [];
  const states: CoreState[] = [];
  const queue: Array<() => void> = [];
  let clock = 0;
  const sup = new CoreSupervisor({
    spawn: (onExit) => {
      const c = new FakeCore(onExit);
      cores.push(c);
      return c;
    },
    onState: (s) => states.push(s),
    schedule: (fn) => queue.push(fn),
    now: () => clock,
    maxRestarts,
    windowMs: 60_000,
  });
  const runScheduled = async () => {
    while (queue.length) {
      queue.shift()!();
      await Promise.resolve();
      await Promise.resolve();
    }
  };
  return { sup, cores, states, runScheduled, tick: (ms: number) => (clock += ms) };
}

describe('core supervisor (Electron main)', () => {
  it('restarts a core that exits; calls in flight and while away fail at once with a transport error', async () => {
    const { sup, cores, states, runScheduled } = harness();
    expect(await sup.start()).toBe('up');
    cores[0]!.hang = true;
    const inFlight = sup.call('variants.save', {});
    cores[0]!.die();
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'transport' } });
    expect(sup.state).toBe('down');
    expect(await sup.call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'transport' } });
    await runScheduled();
    expect(cores).toHaveLength(2);
    expect(sup.state).toBe('up');
    expect(await sup.call('clients.list', {})).toEqual({ ok: true, value: 'clients.list' });
    expect(states).toEqual(['up', 'down', 'up']);
  });

  it('gives up after a few restarts in a minute (the failure screen), and "Try again" starts afresh', async () => {
    const { sup, cores, states, runScheduled, tick } = harness(3);
    await sup.start();
    for (let i = 0; i < 3; i++) {
      cores.at(-1)!.die();
      await runScheduled();
      tick(1000);
    }
    expect(sup.state).toBe('up');
    cores.at(-1)!.die();
    expect(sup.state).toBe('failed');
    await runScheduled();
    expect(cores).toHaveLength(4);
    expect(await sup.call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'transport' } });
    expect(await sup.retry()).toBe('up');
    expect(states.at(-1)).toBe('up');
  });

  it('a core that crashes now and then (minutes apart) is always restarted', async () => {
    const { sup, cores, runScheduled, tick } = harness(3);
    await sup.start();
    for (let i = 0; i < 10; i++) {
      tick(5 * 60_000);
      cores.at(-1)!.die();
      await runScheduled();
      expect(sup.state).toBe('up');
    }
  });
});
