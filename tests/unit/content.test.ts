import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSampleValues } from '../../src/content/sampleValues';
import { localeCodes } from '../../src/i18n/locales';

const pagesDir = fileURLToPath(new URL('../../content/pages/', import.meta.url));
const dataDir = fileURLToPath(new URL('../../content/data/', import.meta.url));
const slugsIn = (lang: string) => readdirSync(`${pagesDir}${lang}`).map((file) => file.replace(/\.mdx?$/, '')).sort();

/** Pages that exist in Dutch and English only (for professionals). */
const dutchAndEnglishOnly = ['verwijzers'];

/** The sentences of a Markdown/MDX text, without frontmatter, component tags or link targets. */
function sentencesOf(mdx: string): string[] {
  const body = mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/\s*\{#[a-z0-9-]+\}/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replaceAll('Hallo jij!', 'HalloJij');
  return body
    .split(/\n\s*\n|\n\s*[-*] |\n#+ /)
    .flatMap((block) => block.replace(/\s+/g, ' ').split(/(?<=[.!?…:])\s+/))
    .map((sentence) => sentence.trim().replace(/^(#+|[-*]|\d+\.)\s+/, '').trim())
    .filter((sentence) => /[a-z]/i.test(sentence));
}
const wordsIn = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('content pages', () => {
  it('exist in every language (pages for referrers in Dutch and English)', () => {
    const dutch = slugsIn('nl');
    for (const lang of localeCodes) {
      const expected = ['nl', 'en'].includes(lang) ? dutch : dutch.filter((slug) => !dutchAndEnglishOnly.includes(slug));
      expect(slugsIn(lang), `content/pages/${lang}/`).toEqual(expected);
    }
  });

  for (const slug of slugsIn('nl')) {
    it(`nl/${slug} reads at B1 level: sentences of 15 words on average, none over 25`, () => {
      const sentences = sentencesOf(readFileSync(`${pagesDir}nl/${slug}.mdx`, 'utf8'));
      const lengths = sentences.map(wordsIn);
      const average = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
      expect(sentences.filter((sentence) => wordsIn(sentence) > 25)).toEqual([]);
      expect(average).toBeLessThanOrEqual(15);
    });
  }

  it('sentence splitting counts what a reader sees', () => {
    expect(sentencesOf('---\ntitle: x\n---\nEen korte zin. [Nog een](/nl/x/) zin!\n\n- Een punt')).toEqual([
      'Een korte zin.',
      'Nog een zin!',
      'Een punt',
    ]);
  });
});

describe('sample values', () => {
  it('lists every data entry marked sample: true', () => {
    const samples = findSampleValues(dataDir);
    expect(samples).toContainEqual({ file: 'contacts.json', id: 'team' });
    expect(samples.some((sample) => sample.file === 'help-lines.yaml')).toBe(false);
  });
});
