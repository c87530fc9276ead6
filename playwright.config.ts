import { defineConfig } from '@playwright/test';

// End-to-end tests of the built extension (dist/). One spec runs in both browsers: the project picks
// the driver (Playwright for Chromium, puppeteer-core over WebDriver BiDi for Firefox ESR).
// One worker: the local status server listens on port 443, which Firefox's host mapping requires.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'chromium', metadata: { browser: 'chromium' } },
    { name: 'firefox', metadata: { browser: 'firefox' } },
  ],
});
