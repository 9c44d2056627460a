import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The built core on the loopback transport, as `npm run web` runs it, for the benches that drive the app. */
export async function startCore(dataDir: string): Promise<{ url: string; stop(): void }> {
  const web = path.join(ROOT, 'out/main/web.js');
  if (!fs.existsSync(web)) throw new Error('Run `npm run build` first: this bench uses the built app.');
  const child = spawn(process.execPath, [web, '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /RENCANA_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`core exited ${code}`)));
  });
  return { url, stop: () => child.kill() };
}
