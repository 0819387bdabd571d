// The MDN HTTP Observatory scanner against the built site, served by wrangler pages dev on
// 127.0.0.1:80 (the scanner takes a host name only, no port). Locally there is no TLS, so the two
// tests that need it (http→https redirection, HSTS over https) cannot pass here; every other must.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Observatory tests that need a TLS endpoint (Cloudflare provides it in production). */
export const testsNeedingTls = ['redirection', 'strict-transport-security'];

/** Scans the site in `dist` and returns every test's outcome. */
export async function observatoryScan(root, env) {
  // The HSTS preload list is downloaded by the package's install script, which cannot run
  // offline; an empty list only means "not preloaded".
  const packageDir = dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));
  const preload = join(packageDir, 'conf', 'hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}\n');
  const { scan } = await import('@mdn/mdn-http-observatory');

  const server = spawn('npx', ['wrangler', 'pages', 'dev', 'dist', '--ip', '127.0.0.1', '--port', '80', '--inspector-port', '9330'], { cwd: root, env, stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 120; i += 1) {
      try {
        if ((await fetch('http://127.0.0.1/')).ok) break;
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const result = await scan('127.0.0.1');
    return {
      grade: result.scan.grade,
      score: result.scan.score,
      tests: Object.fromEntries(Object.entries(result.tests).map(([name, test]) => [name, { pass: test.pass, result: test.result }])),
    };
  } finally {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
  }
}
