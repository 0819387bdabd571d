// `npm run report`: the evaluation's counts (issue 23) from the local D1 database of `npm start`,
// as the project leader's report (text, small cells as "<5"); `npm run report -- --json` prints
// {"rows":[{"month","form","lang","village","route","outcome","count"}]}, count a number of at
// least 5 or "<5". `-- --remote` reads the deployed database instead (needs a Cloudflare login).
// PERSIST_TO: the local state folder of a server started with it. The report's rules are the
// Worker's own (src/counts/), bundled here with esbuild.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const json = process.argv.includes('--json');
const remote = process.argv.includes('--remote');
const bundle = await build({ entryPoints: [new URL('../src/counts/reportOutput.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
const { reportOutput, readCountsQuery } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].contents).toString('base64')}`);

const where = remote ? ['--remote'] : ['--local', ...(process.env.PERSIST_TO ? ['--persist-to', process.env.PERSIST_TO] : [])];
const query = spawnSync('npx', ['wrangler', 'd1', 'execute', 'COUNTS', ...where, '--json', '--command', readCountsQuery], {
  encoding: 'utf8',
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
if (query.status !== 0) {
  process.stderr.write(query.stderr || query.stdout);
  if (/no such table/.test(query.stderr + query.stdout)) console.error('The counts table is missing: `npm start` applies migrations/ first (or: npx wrangler d1 migrations apply COUNTS --local).');
  process.exit(1);
}
const rows = JSON.parse(query.stdout)[0]?.results ?? [];
console.log(reportOutput(rows, { json, now: new Date() }));
