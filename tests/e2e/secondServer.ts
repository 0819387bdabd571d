import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A second site server (scripts/serve.mjs: the Worker in `wrangler dev` with its own Resend
 * stand-in on `port + 1`), with settings of its own and its own local queues, KV and outbox
 * folder, for the tests that need other settings than the main test server.
 */
export async function startSecondServer(
  port: number,
  settings: Record<string, string>,
): Promise<{ url: string; sinkUrl: string; stop: () => Promise<void>; persistTo: string; logs: () => string }> {
  const state = mkdtempSync(join(tmpdir(), 'hallojij-second-'));
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port), PERSIST_TO: join(state, 'wrangler'), OUTBOX_DIR: join(state, 'outbox'), OUTBOX_QUIET: '1', OUTBOX_RETRY_DELAYS: '60', ...settings },
    // Its output is kept: the Worker's log lines are what some tests assert.
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stopping it stops wrangler and workerd with it.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  for (;;) {
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > until || child.exitCode !== null) throw new Error(`the second server on ${port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return {
    url,
    sinkUrl: `http://127.0.0.1:${port + 1}`,
    /** The server's local state (queues, KV, D1): `PERSIST_TO` for `npm run report` and `wrangler d1`. */
    persistTo: join(state, 'wrangler'),
    /** Everything the server wrote so far, the Worker's JSON log lines among it. */
    logs: () => output,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
      // workerd may outlive the group's first signal for a moment: wait until the port is free.
      for (let tries = 0; tries < 40; tries += 1) {
        try {
          await fetch(`${url}/api/health`);
          await new Promise((resolve) => setTimeout(resolve, 250));
        } catch {
          break;
        }
      }
      rmSync(state, { recursive: true, force: true });
    },
  };
}
