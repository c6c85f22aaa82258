import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the browser harness (src-main/server.ts, started in-process by
 * tests/e2e/harness.ts) serves the built renderer (`npx electron-vite build` first) to Debian's
 * Chromium; no `playwright install` needed. Screens go to test-results/screens.
 */
// The harness runs in the test worker and the browser is told it is in Vietnam; the server must
// be too, or from 17:00 to 24:00 UTC the browser's "today" is a day after the server's (as on a
// clerk's PC, where the app and its window share one clock). Workers inherit this.
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  workers: 1, // 2-core machines; each test also runs the harness and SQLite in the worker
  fullyParallel: false,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    viewport: { width: 1366, height: 768 }, // a commune office laptop
    actionTimeout: 15_000,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
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
