import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { electronSkipReason } from './tests/e2e/electron-env';

/**
 * Playwright's own browser download is not available everywhere (DESIGN.md §4): use the browser
 * named by RENCANA_CHROMIUM, then Debian's /usr/bin/chromium, then Playwright's default.
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.RENCANA_CHROMIUM;
  if (fromEnv) return fromEnv;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

// The list reporter shows a skipped test without its reason: say it once, in the log.
const electronSkip = electronSkipReason();
if (electronSkip && !process.env.TEST_WORKER_INDEX) console.log(`Electron smoke spec will be skipped: ${electronSkip}.`);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Generous: CI machines are loaded; a wait ends as soon as its condition holds.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
