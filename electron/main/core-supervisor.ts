import type { Reply } from '../../shared/contract/errors';

export type CoreState = 'starting' | 'up' | 'down' | 'failed';

/** What the supervisor needs of a running core (core-process.ts in the app; a fake in tests). */
export interface CoreHandle {
  call(method: string, input: unknown): Promise<Reply<unknown>>;
  stop(): void;
}

export interface SupervisorOptions {
  /** Starts a core; `onExit` is called once when that process ends, however it ends. */
  spawn(onExit: (code: number | null) => void): CoreHandle;
  /** Told of every state change (main forwards it to the window). */
  onState(state: CoreState): void;
  /** Runs `fn` later; setTimeout in the app, a manual queue in tests. */
  schedule?(fn: () => void, ms: number): void;
  /** Restarts allowed within `windowMs` before giving up and showing the failure screen. */
  maxRestarts?: number;
  windowMs?: number;
  now?: () => number;
}

const gone = (message: string): Reply<unknown> => ({ ok: false, error: { code: 'transport', message } });

/**
 * Keeps the core running: a core that exits is started again (with backoff, a few times a
 * minute at most), calls made while it is away fail at once with a `transport` error instead of
 * waiting, and the window is told so it can show a banner and retry its saves when it is back.
 */
export class CoreSupervisor {
  state: CoreState = 'starting';
  private core: CoreHandle | null = null;
  private restarts: number[] = [];
  private stopped = false;
  private readonly maxRestarts: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly schedule: (fn: () => void, ms: number) => void;

  constructor(private readonly opts: SupervisorOptions) {
    this.maxRestarts = opts.maxRestarts ?? 3;
    this.windowMs = opts.windowMs ?? 60_000;
    this.now = opts.now ?? Date.now;
    this.schedule = opts.schedule ?? ((fn, ms) => void setTimeout(fn, ms));
  }

  private set(state: CoreState) {
    if (this.state === state) return;
    this.state = state;
    this.opts.onState(state);
  }

  /** Starts the core and resolves once it answers (or has failed for good). */
  async start(): Promise<CoreState> {
    const core = this.opts.spawn((code) => this.exited(core, code));
    this.core = core;
    const status = await core.call('app.status', {});
    // The core may have died while starting: exited() has taken over.
    if (this.core === core && status.ok) this.set('up');
    return this.state;
  }

  private exited(core: CoreHandle, _code: number | null) {
    if (this.core !== core || this.stopped) return;
    this.core = null;
    const t = this.now();
    this.restarts = this.restarts.filter((r) => t - r < this.windowMs);
    if (this.restarts.length >= this.maxRestarts) return this.set('failed');
    this.set('down');
    this.restarts.push(t);
    this.schedule(() => void this.start(), 250 * 2 ** (this.restarts.length - 1));
  }

  /** "Try again" on the failure screen: a fresh start with a fresh restart budget. */
  retry(): Promise<CoreState> {
    if (this.state !== 'failed') return Promise.resolve(this.state);
    this.restarts = [];
    this.set('starting');
    return this.start();
  }

  call(method: string, input: unknown): Promise<Reply<unknown>> {
    if (!this.core || this.state === 'failed') return Promise.resolve(gone(`Rencana's engine is ${this.state === 'failed' ? 'stopped' : 'restarting'}`));
    return this.core.call(method, input);
  }

  stop() {
    this.stopped = true;
    this.core?.stop();
    this.core = null;
  }
}
