import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Rencana';

/** The OS's per-user app-data folder, the same place Electron's `userData` points to. */
export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

/** `--data-dir DIR` wins, then RENCANA_DATA_DIR, then the OS default. */
export function resolveDataDir(argv: readonly string[], env = process.env): string {
  const i = argv.indexOf('--data-dir');
  const fromFlag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  const dir = fromFlag ?? env.RENCANA_DATA_DIR ?? defaultDataDir();
  return path.resolve(dir);
}
