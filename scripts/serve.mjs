// `npm run serve` (and `npm start` after the build): the Worker with its static assets, queues,
// KV and e-mail binding in `wrangler dev` (workerd, offline, no account), wired to the local
// Resend stand-in, or to the Resend-compatible server in RESEND_BASE_URL when that is set, and to
// a local GitHub stand-in for the editor's login (port PORT + 2) unless CMS_GITHUB_ORIGIN is set.
// The team's e-mail is sealed with the local test key (scripts/local-team-key/, TEST ONLY), so the
// encrypted path is what runs every day; TEAM_OPENPGP_KEY or TEAM_MAIL_PLAINTEXT from the
// environment replace it. `npm run outbox:read` decrypts what landed in .outbox/.
// The evaluation's counts (D1) get the migrations of migrations/ first, in the local database.
// GET /cdn-cgi/handler/scheduled runs the Worker's cron handler (the report e-mail) at once.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { localGitHubApp, startLocalGitHub } from './local-github.mjs';
import { startLocalResend } from './local-resend.mjs';
import { mirrorSecondChannel } from './second-channel-mirror.mjs';

const port = Number(process.env.PORT ?? 8788);
const outboxDir = process.env.OUTBOX_DIR ?? '.outbox';
let sink;
if (!process.env.RESEND_BASE_URL) {
  sink = await startLocalResend({ port: Number(process.env.RESEND_SINK_PORT ?? port + 1), outboxDir, quiet: process.env.OUTBOX_QUIET === '1' });
  console.log(`local Resend API on ${sink.url}, e-mails in ${outboxDir}/`);
} else {
  console.log(`Resend API: ${process.env.RESEND_BASE_URL}`);
}
const github = process.env.CMS_GITHUB_ORIGIN ? undefined : await startLocalGitHub({ port: Number(process.env.GITHUB_STAND_IN_PORT ?? port + 2) });
const stopMirror = mirrorSecondChannel({ to: outboxDir });

// Settings a deployment gets from Cloudflare's dashboard; here they point at the local stand-in.
const bindings = {
  RESEND_API_KEY: process.env.RESEND_API_KEY ?? 're_local_development',
  MAIL_FROM: 'Hallo jij! <hallojij@example.org>',
  REGISTRATION_INBOX: 'team@example.org',
  CALLBACK_INBOX: 'coordinator@example.org',
  REPORT_INBOX: 'projectleider@example.org',
  REPORT_EVERY_WEEKS: process.env.REPORT_EVERY_WEEKS ?? '',
  RESEND_BASE_URL: process.env.RESEND_BASE_URL ?? sink.url,
  RATE_LIMIT_SALT: 'local-development',
  OUTBOX_RETRY_DELAYS: process.env.OUTBOX_RETRY_DELAYS ?? '',
  TEAM_OPENPGP_KEY: process.env.TEAM_OPENPGP_KEY ?? (process.env.TEAM_MAIL_PLAINTEXT ? '' : readFileSync(new URL('./local-team-key/public.asc', import.meta.url), 'utf8')),
  TEAM_MAIL_PLAINTEXT: process.env.TEAM_MAIL_PLAINTEXT ?? '',
  RECEIPTS_PER_ADDRESS: process.env.RECEIPTS_PER_ADDRESS ?? '',
  CMS_GITHUB_CLIENT_ID: process.env.CMS_GITHUB_CLIENT_ID ?? localGitHubApp.clientId,
  CMS_GITHUB_CLIENT_SECRET: process.env.CMS_GITHUB_CLIENT_SECRET ?? localGitHubApp.clientSecret,
  CMS_GITHUB_ORIGIN: process.env.CMS_GITHUB_ORIGIN ?? github.url,
  CMS_GITHUB_API_ORIGIN: process.env.CMS_GITHUB_API_ORIGIN ?? process.env.CMS_GITHUB_ORIGIN ?? github.url,
  ...JSON.parse(process.env.HALLOJIJ_BINDINGS ?? '{}'),
};
const wranglerEnv = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' };
const persist = process.env.PERSIST_TO ? ['--persist-to', process.env.PERSIST_TO] : [];
const migrated = spawnSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'COUNTS', '--local', ...persist], { stdio: ['ignore', 'ignore', 'inherit'], env: wranglerEnv });
if (migrated.status !== 0) {
  console.error('could not apply migrations/ to the local D1 database');
  process.exit(1);
}
const args = ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--local', '--show-interactive-dev-session=false'];
// PERSIST_TO: local queues, KV and D1 in another folder, for a second server beside the first (tests).
args.push(...persist);
for (const [name, value] of Object.entries(bindings)) if (value !== '') args.push('--var', `${name}:${value}`);
const wrangler = spawn('npx', args, { stdio: 'inherit', env: wranglerEnv });
const stop = () => {
  wrangler.kill('SIGTERM');
  stopMirror();
  sink?.close();
  github?.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wrangler.on('exit', (code) => {
  stopMirror();
  sink?.close();
  github?.close();
  process.exit(code ?? 0);
});
