import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is a native module: one process per test file keeps it simple and safe.
    pool: 'forks',
    testTimeout: 30_000,
    // The CLI tests spawn the pre-built CLI (scripts/bundle.mjs): built here once if stale.
    globalSetup: ['tests/unit/globalSetup.ts'],
    // The clerks' clock: date checks must use the Vietnamese calendar day, not UTC's.
    env: { TZ: 'Asia/Ho_Chi_Minh' },
  },
});
