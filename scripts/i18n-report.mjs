// `npm run i18n:report`: the translation status of every page in every language.
// source = the Dutch original, reviewed = checked by a native speaker, draft = not yet checked,
// missing = no file (the language switcher then leads to that language's home page).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const pagesDir = new URL('../content/pages/', import.meta.url);
const languages = ['nl', 'en', 'pl', 'tr', 'ar', 'ti'];
const slugs = [...new Set(languages.flatMap((lang) => {
  const dir = new URL(`${lang}/`, pagesDir);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')) : [];
}))].sort();

const statusOf = (lang, slug) => {
  for (const ext of ['mdx', 'md']) {
    const file = new URL(`${lang}/${slug}.${ext}`, pagesDir);
    if (existsSync(file)) return /^translationStatus:\s*(\w+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '?';
  }
  return 'missing';
};

const width = Math.max(...slugs.map((slug) => slug.length), 4);
console.log(['page'.padEnd(width), ...languages.map((lang) => lang.padEnd(9))].join('  '));
const totals = {};
for (const slug of slugs) {
  const row = languages.map((lang) => {
    const status = statusOf(lang, slug);
    totals[status] = (totals[status] ?? 0) + 1;
    return status.padEnd(9);
  });
  console.log([slug.padEnd(width), ...row].join('  '));
}
console.log(`\n${Object.entries(totals).map(([status, count]) => `${count} ${status}`).join(', ')}`);
