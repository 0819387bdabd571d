// `npm run i18n:done -- <lang> <slug> [section-id ...]`: a translator marks sections of a page as
// translated from the Dutch text as it is now. Records, in the translation's frontmatter
// (`sourceVersions`), the fingerprint of each Dutch section; without section ids, every section
// the translation has. `npm run i18n:done -- --all` marks every section of every translation
// (once, when the records start). Nobody types fingerprints.
// `npm run i18n:done -- <lang> strings [key ...]` does the same for the interface strings and the
// translated fields of the data files (content/translation-records/<lang>.json); `--all` marks
// those too.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { sectionsOf, sourceVersionsOf, splitFrontmatter } from '../src/translationStatus/sourceVersions.ts';
import { recordedVersions, withSourceVersions } from '../src/translationStatus/sourceVersionRecords.ts';
import { markStringsDone, stringFolders } from '../src/translationStatus/stringFiles.ts';

const folders = stringFolders(new URL('..', import.meta.url).pathname, process.env);

// I18N_PAGES_DIR: another pages folder (the tests use a copy).
const pagesDir = process.env.I18N_PAGES_DIR ? new URL(`file://${process.env.I18N_PAGES_DIR.replace(/\/?$/, '/')}`) : new URL('../content/pages/', import.meta.url);
const read = (lang, slug) => {
  const file = new URL(`${lang}/${slug}.mdx`, pagesDir);
  return existsSync(file) ? { file, source: readFileSync(file, 'utf8') } : undefined;
};

/** Marks `ids` (or every section the translation has) of one page as made from today's Dutch. */
function markDone(lang, slug, ids) {
  const dutch = read('nl', slug);
  const translation = read(lang, slug);
  if (!dutch || !translation) throw new Error(`No content/pages/nl/${slug}.mdx or content/pages/${lang}/${slug}.mdx`);
  const current = sourceVersionsOf(splitFrontmatter(dutch.source).body);
  const { frontmatter, body } = splitFrontmatter(translation.source);
  const present = sectionsOf(body).map((section) => section.id).filter((id) => id in current);
  const chosen = ids.length ? ids : present;
  for (const id of chosen) if (!present.includes(id)) throw new Error(`${lang}/${slug}: no section {#${id}} in the translation (has: ${present.join(', ')})`);
  const versions = { ...recordedVersions(frontmatter) };
  for (const id of chosen) versions[id] = current[id];
  const ordered = Object.fromEntries(Object.keys(current).filter((id) => id in versions).map((id) => [id, versions[id]]));
  writeFileSync(translation.file, withSourceVersions(translation.source, ordered));
  return chosen;
}

const args = process.argv.slice(2);
if (args[0] === '--all') {
  for (const lang of readdirSync(pagesDir).filter((dir) => dir !== 'nl')) {
    for (const file of readdirSync(new URL(`${lang}/`, pagesDir)).filter((name) => name.endsWith('.mdx'))) {
      const slug = file.replace(/\.mdx$/, '');
      if (read('nl', slug)) console.log(`${lang}/${slug}: ${markDone(lang, slug, []).join(', ')}`);
    }
    console.log(`${lang} strings: ${markStringsDone(folders, lang).length} marked`);
  }
} else if (args.length >= 2 && args[1] === 'strings') {
  const [lang, , ...keys] = args;
  console.log(`${lang}: marked ${markStringsDone(folders, lang, keys).length} string(s) as translated from the current Dutch text`);
} else if (args.length >= 2) {
  const [lang, slug, ...ids] = args;
  console.log(`${lang}/${slug}: marked ${markDone(lang, slug, ids).join(', ')} as translated from the current Dutch text`);
} else {
  console.error('usage: npm run i18n:done -- <lang> <slug> [section-id ...]   |   npm run i18n:done -- <lang> strings [key ...]   |   npm run i18n:done -- --all');
  process.exit(2);
}
