import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tier: pure `lib/` code in Node, components in happy-dom (opted into
// per file with `// @vitest-environment happy-dom`). The real-browser tier
// lives in tests/browser and runs under Playwright, not here.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
