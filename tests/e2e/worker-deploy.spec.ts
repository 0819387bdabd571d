import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// `npx wrangler deploy` would upload exactly this: the configuration must bundle and name every
// binding (no account is needed for --dry-run). Runs after the build, since the assets are dist/.
test('the Worker bundles and deploys (dry run): every binding, and well inside the 3 MB free-plan limit', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'hallojij-deploy-'));
  const output = execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1', FORCE_COLOR: '0' },
  }).replace(/\x1b\[[0-9;]*m/g, '');
  for (const binding of ['env.ASSETS', 'env.RATE_LIMIT', 'env.OUTBOX (hallojij-outbox)', 'env.DEAD_LETTERS (hallojij-outbox-dead-letters)', 'env.TEAM_MAIL']) {
    expect(output).toContain(binding);
  }
  const gzipBytes = gzipSync(readFileSync(join(outdir, 'worker.js'))).length;
  console.log(`worker bundle: ${gzipBytes} bytes gzip (free-plan limit 3 MB)`);
  expect(gzipBytes).toBeLessThan(3 * 1024 * 1024);
});
