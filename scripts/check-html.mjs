// `npm run test:html` (part of `npm test`, after the build): the W3C Nu Html Checker (vnu, from
// the npm package vnu-jar) reads every built page in dist/ except the staff editor (dist/admin/,
// Sveltia CMS's page, not ours). One Java run over all pages; errors only (warnings are advice,
// not failures). Prints each error as file:line:column message, then "vnu: N pages, M errors";
// exits 1 on any error or when the checker could not run. Needs `java` (17 or newer) on PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
/** Folders of dist/ the checker skips: the editor's page is the CMS's HTML, not ours. */
const skipped = [join(dist, 'admin')];
/** The path of vnu.jar; the package's main export is that path. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Every .html file under dist/, outside the skipped folders, sorted. */
function builtPages() {
  if (!existsSync(dist)) return [];
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !skipped.some((folder) => file.startsWith(folder + '/')))
    .sort();
}

const pages = builtPages();
if (pages.length === 0) {
  console.error('vnu: no pages in dist/: run `npm run build` first');
  process.exit(1);
}

// --no-langdetect: the language guess only ever gives warnings, which --errors-only drops anyway.
const run = spawnSync(
  'java',
  ['-jar', vnuJar, '--errors-only', '--no-langdetect', '--format', 'json', '--stdout', '--exit-zero-always', ...pages],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
if (run.error) {
  const missing = /** @type {NodeJS.ErrnoException} */ (run.error).code === 'ENOENT';
  console.error(missing ? 'vnu: no `java` on PATH: install Java 17 or newer (Debian: apt-get install default-jre-headless)' : `vnu: ${run.error.message}`);
  process.exit(1);
}
/** @type {{ messages: { type: string, subType?: string, url?: string, lastLine?: number, firstColumn?: number, message: string }[] }} */
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`vnu: the checker gave no report (exit ${run.status})\n${run.stderr}${run.stdout}`.trimEnd());
  process.exit(1);
}

// "error" is an HTML error; "non-document-error" means a file could not be read. Both fail.
const errors = report.messages.filter((message) => message.type === 'error' || message.type === 'non-document-error');
for (const error of errors) {
  const file = error.url?.startsWith('file:') ? relative(root, fileURLToPath(error.url)) : (error.url ?? '?');
  console.log(`${file}:${error.lastLine ?? 0}:${error.firstColumn ?? 0} ${error.message}`);
}
console.log(`vnu: ${pages.length} pages, ${errors.length} errors`);
process.exit(errors.length === 0 ? 0 : 1);
