// `npm run serve` (and `npm start` after the build): the local Resend stand-in plus
// `wrangler pages dev` serving dist/ and functions/ in workerd, wired together, offline.
import { spawn } from 'node:child_process';
import { startLocalResend } from './local-resend.mjs';

const port = Number(process.env.PORT ?? 8788);
const sinkPort = Number(process.env.RESEND_SINK_PORT ?? port + 1);
const sink = await startLocalResend({ port: sinkPort, outboxDir: process.env.OUTBOX_DIR ?? '.outbox', quiet: process.env.OUTBOX_QUIET === '1' });
console.log(`local Resend API on ${sink.url}, e-mails in .outbox/`);

// Settings a deployment gets from Cloudflare's dashboard; here they point at the local stand-in.
const bindings = {
  RESEND_API_KEY: 're_local_development',
  MAIL_FROM: 'Hallo jij! <hallojij@example.org>',
  REGISTRATION_INBOX: 'team@example.org',
  CALLBACK_INBOX: 'coordinator@example.org',
  RESEND_BASE_URL: sink.url,
  RATE_LIMIT_SALT: 'local-development',
  ...JSON.parse(process.env.HALLOJIJ_BINDINGS ?? '{}'),
};
const args = ['wrangler', 'pages', 'dev', '--ip', '127.0.0.1', '--port', String(port)];
for (const [name, value] of Object.entries(bindings)) if (value !== '') args.push('--binding', `${name}=${value}`);
const wrangler = spawn('npx', args, {
  stdio: 'inherit',
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
});
const stop = () => {
  wrangler.kill('SIGTERM');
  sink.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wrangler.on('exit', (code) => {
  sink.close();
  process.exit(code ?? 0);
});
