import { defineConfig } from '@playwright/test';
import { browserTierDefaults } from './playwright.config';
import { FIREFOX_BUILDS } from './tests/firefox/environment';
import type { WorkerFixtures } from './tests/firefox/fixtures';

// The Firefox tier: the built extension in Firefox, driven by puppeteer-core
// over WebDriver BiDi, against the Chromium tier's fixture pages.
// `npm run test:firefox` builds first. The global setup checks that Firefox
// is there: it skips loudly on a developer's machine, and fails under CI.
export default defineConfig<Pick<WorkerFixtures, 'extensionDir'>>({
  ...browserTierDefaults,
  reporter: [...browserTierDefaults.reporter],
  testDir: 'tests/firefox',
  globalSetup: './tests/firefox/environment.ts',
  globalTeardown: './tests/firefox/teardown.ts',
  projects: [
    // The package we ship (ADR 5): every test.
    { name: 'firefox-mv3', use: { extensionDir: FIREFOX_BUILDS.mv3 } },
    // `wxt build -b firefox --mv2`: browserAction and an event page; the tests tagged @mv2.
    { name: 'firefox-mv2', grep: /@mv2/, use: { extensionDir: FIREFOX_BUILDS.mv2 } },
  ],
});
