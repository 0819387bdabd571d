import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { introSectionId, pairSections, prefixIds, splitSections } from '../../src/together/sections';
import { sectionSkeleton } from '../../src/together/skeleton';

const pagesDir = fileURLToPath(new URL('../../content/pages/', import.meta.url));
const source = (lang: string, slug: string) => readFileSync(`${pagesDir}${lang}/${slug}.mdx`, 'utf8');

describe('side-by-side sections', () => {
  const rendered = [
    '<p>Welcome.</p>',
    '<h2 id="wat-zit-erin">What is in it?</h2><ul><li>A towel</li></ul>',
    '<div class="contacts"><h3>Team</h3><p>Call us</p></div>',
    '<section aria-labelledby="topics-heading"><h2 id="topics-heading">Topics</h2></section>',
  ].join('\n');

  it('splits rendered content at each second-level heading, also one opening a component', () => {
    const sections = splitSections(rendered);
    expect(sections.map((section) => section.id)).toEqual([introSectionId, 'wat-zit-erin', 'topics-heading']);
    expect(sections[1]!.html).toContain('<h3>Team</h3>');
    expect(sections[0]!.html).toBe('<p>Welcome.</p>');
  });

  it('prefixes ids and the references to them, and leaves other links alone', () => {
    const html = prefixIds(
      '<h2 id="a">A</h2><label for="f">F</label><input id="f" aria-describedby="h e"><a href="#a">up</a><a href="/nl/vragen/#direct-hulp">help</a><a href="#">top</a>',
      'nl-',
    );
    expect(html).toContain('id="nl-a"');
    expect(html).toContain('for="nl-f"');
    expect(html).toContain('aria-describedby="nl-h nl-e"');
    expect(html).toContain('href="#nl-a"');
    expect(html).toContain('href="/nl/vragen/#direct-hulp"');
    expect(html).toContain('href="#"');
  });

  it('pairs sections by id in the Dutch order, and keeps what only one side has', () => {
    const own = [{ id: 'intro', html: 'i' }, { id: 'b', html: 'B' }, { id: 'extra', html: 'X' }];
    const dutch = [{ id: 'intro', html: 'I' }, { id: 'a', html: 'A' }, { id: 'b', html: 'B' }];
    expect(pairSections(own, dutch).map((pair) => [pair.id, pair.own?.html, pair.dutch?.html])).toEqual([
      ['intro', 'i', 'I'],
      ['a', undefined, 'A'],
      ['b', 'B', 'B'],
      ['extra', 'X', undefined],
    ]);
  });
});

describe('section alignment with the Dutch source', () => {
  it('reads the outline: heading ids and top-level components, with a missing id showing as "?"', () => {
    expect(sectionSkeleton('---\ntitle: x\n---\nText\n\n## Why? {#waarom}\n\n<ContactList ids={["team"]} />\n\n## Loose\n')).toEqual([
      '## waarom',
      '<ContactList>',
      '## ?',
    ]);
  });

  const dutchSlugs = readdirSync(`${pagesDir}nl`).map((file) => file.replace(/\.mdx$/, ''));
  for (const slug of dutchSlugs) {
    const dutch = sectionSkeleton(source('nl', slug));
    it(`nl/${slug}: every second-level heading has a stable id`, () => {
      expect(dutch).not.toContain('## ?');
    });
    const translatedIn = localeCodes.filter((code) => code !== 'nl' && readdirSync(`${pagesDir}${code}`).includes(`${slug}.mdx`));
    for (const lang of translatedIn) {
      const file = `${pagesDir}${lang}/${slug}.mdx`;
      it(`${lang}/${slug} has the sections of nl/${slug}, in order`, () => {
        expect(sectionSkeleton(readFileSync(file, 'utf8')), `${file} against content/pages/nl/${slug}.mdx`).toEqual(dutch);
      });
    }
  }
});
