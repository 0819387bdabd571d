// Copies the e-mails of the second channel (the Worker's `send_email` binding, which `wrangler dev`
// writes as .eml files under .wrangler/tmp/email/) into the outbox folder, next to the Resend
// e-mails, so that everything the team would receive is in one place.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Starts copying new .eml files from `from` (searched recursively) to `to`; returns a stop function.
 * workerd writes a file in more than one piece, so a file is copied again whenever it has changed
 * since its last copy (same name in `to`, replaced in one rename): a copy taken halfway is never
 * the last word.
 */
export function mirrorSecondChannel({ from = '.wrangler/tmp/email', to = '.outbox', everyMs = 250 } = {}) {
  mkdirSync(to, { recursive: true });
  /** @type {Map<string, { version: string, copy?: string }>} */
  const seen = new Map();
  const emlFiles = () => (existsSync(from) ? readdirSync(from, { recursive: true }).map(String).filter((path) => path.endsWith('.eml')) : []);
  const versionOf = (path) => {
    const { size, mtimeMs } = statSync(join(from, path));
    return `${size}:${mtimeMs}`;
  };
  for (const path of emlFiles()) {
    const version = versionOf(path);
    if (!version.startsWith('0:')) seen.set(path, { version });
  }
  const timer = setInterval(() => {
    for (const path of emlFiles()) {
      let version;
      try {
        version = versionOf(path);
      } catch {
        continue;
      }
      const known = seen.get(path);
      if (known?.version === version || version.startsWith('0:')) continue;
      if (known && !known.copy) continue; // there before we started: not ours to copy
      const copy = known?.copy ?? `${Date.now()}-second-channel-${basename(path)}`;
      const partial = join(to, `${copy}.partial`);
      copyFileSync(join(from, path), partial);
      renameSync(partial, join(to, copy));
      seen.set(path, { version, copy });
    }
  }, everyMs);
  return () => clearInterval(timer);
}
