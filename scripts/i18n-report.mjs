// `npm run i18n:report`: every page in every language, its status (source = the Dutch original,
// reviewed = checked by a native speaker, draft = not yet checked, missing = no file) and, per
// section, whether the translation is current, outdated (the Dutch section changed since it was
// translated) or missing. `npm run i18n:report -- --json` prints the same as one JSON document:
// {"pages":[{"slug","lang","status","sections":[{"id","state"}]}],"strings":[{"source","key","lang","state"}]}.
// `strings` covers the interface strings and the translated fields of the data files; only
// strings that are not current are listed there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sectionStates, splitFrontmatter } from '../src/translationStatus/sourceVersions.ts';
import { recordedVersions } from '../src/translationStatus/sourceVersionRecords.ts';
import { readStringStates, stringFolders } from '../src/translationStatus/stringFiles.ts';

// I18N_PAGES_DIR: another pages folder (the tests use a copy).
const pagesDir = process.env.I18N_PAGES_DIR ? new URL(`file://${process.env.I18N_PAGES_DIR.replace(/\/?$/, '/')}`) : new URL('../content/pages/', import.meta.url);
const languages = ['nl', 'en', 'pl', 'tr', 'ar', 'ti'];
const slugs = [...new Set(languages.flatMap((lang) => {
  const dir = new URL(`${lang}/`, pagesDir);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')) : [];
}))].sort();

const sourceOf = (lang, slug) => {
  for (const ext of ['mdx', 'md']) {
    const file = new URL(`${lang}/${slug}.${ext}`, pagesDir);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
};

const pages = [];
for (const slug of slugs) {
  const dutch = sourceOf('nl', slug);
  for (const lang of languages) {
    const source = sourceOf(lang, slug);
    if (!source) {
      pages.push({ slug, lang, status: 'missing', sections: [] });
      continue;
    }
    const { frontmatter, body } = splitFrontmatter(source);
    const status = /^translationStatus:\s*(\w+)/m.exec(frontmatter)?.[1] ?? '?';
    const sections = lang === 'nl' || !dutch ? [] : sectionStates(splitFrontmatter(dutch).body, body, recordedVersions(frontmatter));
    pages.push({ slug, lang, status, sections });
  }
}

const folders = stringFolders(new URL('..', import.meta.url).pathname, process.env);
const stringTotals = {};
const strings = [];
for (const lang of languages.filter((code) => code !== 'nl')) {
  const states = readStringStates(folders, lang);
  stringTotals[lang] = states;
  for (const { key, state } of states) {
    if (state !== 'current') strings.push({ source: key.slice(0, key.indexOf(':')), key: key.slice(key.indexOf(':') + 1), lang, state });
  }
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ pages, strings }));
} else {
  const width = Math.max(...slugs.map((slug) => slug.length), 4);
  const cell = (page) => {
    const stale = page.sections.filter((section) => section.state !== 'current');
    return `${page.status}${stale.length ? ` (${stale.length}!)` : ''}`.padEnd(13);
  };
  console.log(['page'.padEnd(width), ...languages.map((lang) => lang.padEnd(13))].join('  '));
  for (const slug of slugs) console.log([slug.padEnd(width), ...languages.map((lang) => cell(pages.find((p) => p.slug === slug && p.lang === lang)))].join('  '));
  const totals = {};
  for (const page of pages) totals[page.status] = (totals[page.status] ?? 0) + 1;
  console.log(`\n${Object.entries(totals).map(([status, count]) => `${count} ${status}`).join(', ')}`);
  const stale = pages.flatMap((page) => page.sections.filter((section) => section.state !== 'current').map((section) => `${page.lang}/${page.slug}#${section.id}: ${section.state}`));
  console.log(stale.length ? `\nSections to translate again (n!):\n  ${stale.join('\n  ')}` : '\nEvery translated section is current with its Dutch source.');
  console.log('\nStrings (interface and data files):');
  for (const [lang, states] of Object.entries(stringTotals)) {
    const count = (state) => states.filter((entry) => entry.state === state).length;
    console.log(`  ${lang}: ${count('current')} current, ${count('outdated')} outdated, ${count('missing')} missing`);
  }
  if (strings.length) console.log(`\nStrings to translate again:\n  ${strings.map(({ source, key, lang, state }) => `${lang} ${source}:${key}: ${state}`).join('\n  ')}`);
}
