import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WEB_ENTRY = path.join(ROOT, 'out/main/web.js');

export interface RunningCore {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the real core on the loopback transport, as `npm run web` does, and waits for its URL. */
export async function startCore(dataDir: string, extraEnv: Record<string, string> = {}, extraArgs: string[] = []): Promise<RunningCore> {
  if (!fs.existsSync(WEB_ENTRY)) throw new Error('out/main/web.js is missing: run `npm run build` first');
  const child = spawn(process.execPath, [WEB_ENTRY, '--data-dir', dataDir, '--port', '0', ...extraArgs], {
    cwd: ROOT,
    env: { ...process.env, RENCANA_VALIDATE_OUTPUT: '1', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`core did not start in 60 s: ${stderr}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^RENCANA_URL=(\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`core exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    dataDir,
    process: child,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-e2e-'));
}

/** Each test gets an empty profile and its own core. */
export const test = base.extend<{ core: RunningCore }>({
  core: async ({}, use) => {
    const dir = tempDataDir();
    const core = await startCore(dir);
    await use(core);
    await core.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});
export { expect };
