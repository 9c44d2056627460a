import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import type { Input, Method, Output } from '../../../shared/contract/methods';
import type { AppErrorShape } from '../../../shared/contract/errors';

const dirs: string[] = [];
const cores: Core[] = [];

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-test-'));
  dirs.push(dir);
  return dir;
}

export function testCore(dataDir = tempDir()) {
  const core = createCore({ dataDir, validateOutput: true });
  cores.push(core);
  async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const reply = await core.dispatch(method, input);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { shape: reply.error });
    return reply.value as Output<M>;
  }
  async function fail(method: string, input: unknown): Promise<AppErrorShape> {
    const reply = await core.dispatch(method, input);
    if (reply.ok) throw new Error(`${method} was expected to fail`);
    return reply.error;
  }
  return { core, call, fail, dataDir };
}

afterEach(() => {
  for (const c of cores.splice(0)) {
    try {
      c.close();
    } catch {
      /* already closed by the test */
    }
  }
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
