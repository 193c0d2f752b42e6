// End-to-end tests: the built extension in Debian's Chromium against local fixture
// helpdesk pages. Separate from the unit/component config (vitest.config.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one Chromium at a time.
    fileParallelism: false,
  },
});
