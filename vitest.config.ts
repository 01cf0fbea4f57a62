import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tier: pure `lib/` code in Node, components in happy-dom (opted into
// per file with `// @vitest-environment happy-dom`). The real-browser tier
// lives in tests/browser and runs under Playwright, not here.
export default defineConfig({
  plugins: [preact()],
  resolve: {
    // The typed i18n object that @wxt-dev/i18n generates (`wxt prepare`, run on install).
    alias: { '#i18n': resolve('.wxt/i18n/index.ts') },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    // browser.i18n for the components, from the locale files.
    setupFiles: ['tests/unit/setup/browser.ts'],
  },
});
