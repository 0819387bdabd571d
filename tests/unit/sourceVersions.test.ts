import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  sectionFingerprint,
  sectionsOf,
  sectionStates,
  sourceVersionsOf,
  splitFrontmatter,
  withOutdatedNotices,
} from '../../src/translationStatus/sourceVersions';
import { recordedVersions, withSourceVersions } from '../../src/translationStatus/sourceVersionRecords';

const dutch = `Welkom bij Hallo jij!\n\n## Wat zit erin? {#wat-zit-erin}\n\n<GiftPackageList />\n\n## Wanneer? {#wanneer}\n\nNa de geboorte.\n`;
const english = `Welcome to Hallo jij!\n\n## What is in it? {#wat-zit-erin}\n\n<GiftPackageList />\n\n## When? {#wanneer}\n\nAfter the birth.\n`;

describe('sections and their fingerprints', () => {
  it('splits a body at its ## {#id} headings, the text before them being the intro', () => {
    expect(sectionsOf(dutch).map((section) => section.id)).toEqual(['intro', 'wat-zit-erin', 'wanneer']);
    expect(sectionsOf('## Only {#only}\ntext').map((section) => section.id)).toEqual(['only']);
  });

  it('a fingerprint ignores how lines are wrapped, not what they say', () => {
    expect(sectionFingerprint('Na de\ngeboorte.  ')).toBe(sectionFingerprint('Na de geboorte.'));
    expect(sectionFingerprint('Na de geboorte.')).not.toBe(sectionFingerprint('Voor de geboorte.'));
    expect(sectionFingerprint('x')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('a translation is current, outdated once the Dutch section changes, missing without the section', () => {
    const recorded = sourceVersionsOf(dutch);
    expect(sectionStates(dutch, english, recorded).map((section) => section.state)).toEqual(['current', 'current', 'current']);
    const changed = dutch.replace('Na de geboorte.', 'Vlak na de geboorte, bij het eerste bezoek.');
    expect(sectionStates(changed, english, recorded)).toEqual([
      { id: 'intro', state: 'current' },
      { id: 'wat-zit-erin', state: 'current' },
      { id: 'wanneer', state: 'outdated' },
    ]);
    expect(sectionStates(dutch, english.split('## When?')[0]!, recorded).at(-1)).toEqual({ id: 'wanneer', state: 'missing' });
    expect(sectionStates(dutch, english, undefined).every((section) => section.state === 'outdated')).toBe(true);
  });

  it('writes the record into the frontmatter as the editor would, and reads it back, leaving everything else as it was', () => {
    const file = `---\ntitle: Cadeau\ntranslationStatus: draft\n---\n\n${english.trim()}\n`;
    const once = withSourceVersions(file, { intro: '0123abcd', wanneer: '12345678' });
    // A fingerprint of digits only is quoted, or YAML would read a number.
    expect(once).toBe(`---\ntitle: Cadeau\ntranslationStatus: draft\nsourceVersions:\n  intro: 0123abcd\n  wanneer: '12345678'\n---\n\n${english.trim()}\n`);
    expect(recordedVersions(splitFrontmatter(once).frontmatter)).toEqual({ intro: '0123abcd', wanneer: '12345678' });
    const twice = withSourceVersions(once, { intro: 'ffffffff' });
    expect(recordedVersions(splitFrontmatter(twice).frontmatter)).toEqual({ intro: 'ffffffff' });
    expect(splitFrontmatter(twice).body).toBe(`\n${english.trim()}\n`);
  });

  it('puts the notice under the heading of each outdated section, or on top for the intro', () => {
    const html = '<p>Intro</p><h2 id="wat-zit-erin">Wat?</h2><ul></ul><h2 id="wanneer">Wanneer?</h2><p>Na.</p>';
    expect(withOutdatedNotices(html, ['wanneer'], '<p class="n">!</p>')).toBe('<p>Intro</p><h2 id="wat-zit-erin">Wat?</h2><ul></ul><h2 id="wanneer">Wanneer?</h2><p class="n">!</p><p>Na.</p>');
    expect(withOutdatedNotices(html, ['intro'], '<p class="n">!</p>').startsWith('<p class="n">!</p><p>Intro</p>')).toBe(true);
  });
});

describe('the translations in content/pages', () => {
  const pagesDir = new URL('../../content/pages/', import.meta.url);
  const read = (lang: string, slug: string) => readFileSync(new URL(`${lang}/${slug}.mdx`, pagesDir), 'utf8');
  const translations = readdirSync(pagesDir)
    .filter((lang) => lang !== 'nl')
    .flatMap((lang) => readdirSync(new URL(`${lang}/`, pagesDir)).map((file) => ({ lang, slug: file.replace(/\.mdx$/, '') })));

  it.each(translations)('$lang/$slug: reviewed only while every section is current with the Dutch', ({ lang, slug }) => {
    const { frontmatter, body } = splitFrontmatter(read(lang, slug));
    const stale = sectionStates(splitFrontmatter(read('nl', slug)).body, body, recordedVersions(frontmatter)).filter((section) => section.state !== 'current');
    if (/^translationStatus:\s*reviewed/m.test(frontmatter)) expect(stale, 'a reviewed page with outdated or missing sections').toEqual([]);
    else expect(/^translationStatus:\s*draft/m.test(frontmatter)).toBe(true);
  });
});

// Each test runs the scripts as their own Node processes: seconds, not milliseconds.
describe('npm run i18n:report and i18n:done on a copy of the pages', { timeout: 30_000 }, () => {
  const run = (script: string, args: string[], pages: string) =>
    execFileSync(process.execPath, [`scripts/${script}.mjs`, ...args], { encoding: 'utf8', env: { ...process.env, I18N_PAGES_DIR: pages } });

  it('a changed Dutch section shows as outdated in the report until a translator marks it done', () => {
    const pages = mkdtempSync(join(tmpdir(), 'hallojij-pages-'));
    cpSync(new URL('../../content/pages/', import.meta.url), pages, { recursive: true });
    const dutchFile = join(pages, 'nl', 'cadeaupakket.mdx');
    const dutchSource = readFileSync(dutchFile, 'utf8');
    const wanneer = sectionsOf(splitFrontmatter(dutchSource).body).find((section) => section.id === 'wanneer')!;
    writeFileSync(dutchFile, dutchSource.replace(wanneer.text, `${wanneer.text.trimEnd()} Het pakket komt nu ook bij je thuis.\n\n`));

    type Report = { pages: { slug: string; lang: string; status: string; sections: { id: string; state: string }[] }[] };
    const stateOf = (report: Report, lang: string) => report.pages.find((page) => page.slug === 'cadeaupakket' && page.lang === lang)!;
    const before = JSON.parse(run('i18n-report', ['--json'], pages)) as Report;
    for (const lang of ['en', 'pl', 'tr', 'ar', 'ti']) {
      expect(stateOf(before, lang).sections.find((section) => section.id === 'wanneer')?.state).toBe('outdated');
      expect(stateOf(before, lang).sections.filter((section) => section.state === 'current').length).toBeGreaterThan(0);
    }
    expect(stateOf(before, 'nl')).toMatchObject({ status: 'source', sections: [] });
    expect(run('i18n-report', [], pages)).toContain('ar/cadeaupakket#wanneer: outdated');

    run('i18n-done', ['ar', 'cadeaupakket', 'wanneer'], pages);
    const after = JSON.parse(run('i18n-report', ['--json'], pages)) as Report;
    expect(stateOf(after, 'ar').sections.every((section) => section.state === 'current')).toBe(true);
    expect(stateOf(after, 'en').sections.find((section) => section.id === 'wanneer')?.state).toBe('outdated');
  });
});
