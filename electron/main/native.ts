import fs from 'node:fs';
import path from 'node:path';

/**
 * The better-sqlite3 addon built for Electron's ABI by `npm run native:electron`. It lives
 * outside node_modules so the Node build the tests use is never overwritten (DESIGN.md §3).
 */
export function electronSqliteBinding(appRoot: string): string | null {
  const file = path.join(appRoot, '.native', `electron-${process.versions.electron}`, 'better_sqlite3.node');
  return fs.existsSync(file) ? file : null;
}
