import { defineConfig } from '@playwright/test';

/** What both browser tiers share: one browser at a time, generous timeouts for a shared 2-core machine. */
export const browserTierDefaults = {
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
} as const;

// The real-browser tier: the built extension (.output/chrome-mv3) in Chromium,
// against fixture pages served on 127.0.0.1. `npm run test:browser` builds first.
export default defineConfig({
  ...browserTierDefaults,
  reporter: [...browserTierDefaults.reporter],
  testDir: 'tests/browser',
});
