// Copies the e-mails of the second channel (the Worker's `send_email` binding, which `wrangler dev`
// writes as .eml files under .wrangler/tmp/email/) into the outbox folder, next to the Resend
// e-mails, so that everything the team would receive is in one place.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Starts copying new .eml files from `from` (searched recursively) to `to`; returns a stop function. */
export function mirrorSecondChannel({ from = '.wrangler/tmp/email', to = '.outbox', everyMs = 250 } = {}) {
  mkdirSync(to, { recursive: true });
  const seen = new Set(existsSync(from) ? readdirSync(from, { recursive: true }).map(String) : []);
  const timer = setInterval(() => {
    if (!existsSync(from)) return;
    for (const path of readdirSync(from, { recursive: true }).map(String)) {
      if (seen.has(path) || !path.endsWith('.eml')) continue;
      seen.add(path);
      copyFileSync(join(from, path), join(to, `${Date.now()}-second-channel-${basename(path)}`));
    }
  }, everyMs);
  return () => clearInterval(timer);
}
