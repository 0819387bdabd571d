import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.PORT ?? 8788);
const baseURL = `http://127.0.0.1:${port}`;
// Debian's Chromium where present (Playwright's own browser download does not work everywhere).
/** The outbox schedule of the test server: 5 tries from the queue within about 12 s. */
export const testRetryDelays = '1,1,2,3,5';
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL,
    ...devices['Pixel 5'],
    viewport: { width: 360, height: 740 },
    launchOptions: {
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: /(redeploy|staff-guide)\.spec\.ts/ },
    // Builds the whole site a second time (in a copy): a CPU spike that made the outbox's timed
    // retries miss their window when it ran beside them, so it runs after the rest.
    { name: 'staff-guide', use: { browserName: 'chromium' }, testMatch: /staff-guide\.spec\.ts/, dependencies: ['chromium'] },
    // Rewrites dist/, which makes `wrangler dev` reload and drop its local queues: after all else.
    { name: 'redeploy', use: { browserName: 'chromium' }, testMatch: /redeploy\.spec\.ts/, dependencies: ['chromium', 'staff-guide'] },
  ],
  webServer: {
    // The built site and its Worker in the real workerd runtime with local queues; `npm test` builds
    // first. The outbox retries on a schedule of seconds instead of hours, so outage tests finish.
    command: 'npm run serve',
    // The tests mail the same few addresses hundreds of times; tests/e2e/team-mail.spec.ts checks
    // the limit of two a day on a server of its own.
    env: { OUTBOX_RETRY_DELAYS: process.env.OUTBOX_RETRY_DELAYS ?? testRetryDelays, OUTBOX_QUIET: '1', RECEIPTS_PER_ADDRESS: '1000000' },
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
