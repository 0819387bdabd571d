import { sha256Hex } from '../utils/hash.ts';

/**
 * Which version of the Dutch text a translation was made from, per section. A section is what
 * stands under one `## Heading {#id}` of a page (the text before the first heading is `intro`).
 * A translation's frontmatter records, per section id, a short fingerprint of the Dutch section it
 * was made from (`sourceVersions`); `npm run i18n:done` writes it, nobody types it. When the
 * Dutch section changes, its fingerprint no longer matches: the translated section is outdated.
 *
 * Plain TypeScript importing only the shared hash helper (with its `.ts` extension), so the Node
 * scripts can load it as it is, and no Node built-ins, so the editor at /admin/ records
 * fingerprints the same way in the browser.
 */

/** The id of the text before a page's first `##` heading. */
export const introSection = 'intro';

/** One section of an MDX body: its id and its source text (heading line included). */
export interface SourceSection {
  id: string;
  text: string;
}

/** How a translated section stands against its Dutch source. */
export type SectionState = 'current' | 'outdated' | 'missing';

const sectionHeading = /^##\s+.*\{#([a-z0-9-]+)\}\s*$/;

/** The sections of an MDX body (frontmatter already removed), in order. */
export function sectionsOf(body: string): SourceSection[] {
  const sections: SourceSection[] = [{ id: introSection, text: '' }];
  for (const line of body.split('\n')) {
    const id = sectionHeading.exec(line)?.[1];
    if (id) sections.push({ id, text: '' });
    sections.at(-1)!.text += `${line}\n`;
  }
  return sections.filter((section) => section.id !== introSection || section.text.trim() !== '');
}

/**
 * A short fingerprint of a Dutch section: the first 8 hex digits of a SHA-256 of its text with
 * runs of white space folded, so re-wrapping lines does not make every translation outdated.
 */
export function sectionFingerprint(text: string): string {
  return sha256Hex(text.replace(/\s+/g, ' ').trim(), 4);
}

/** The fingerprint of every section of a Dutch body, by id: what `i18n:done` records. */
export function sourceVersionsOf(dutchBody: string): Record<string, string> {
  return Object.fromEntries(sectionsOf(dutchBody).map((section) => [section.id, sectionFingerprint(section.text)]));
}

/**
 * Every section of the Dutch page, in order, with its state in the translation: `missing` when
 * the translation has no section with that id, `outdated` when the recorded fingerprint is not
 * the Dutch section's current one (or none is recorded), `current` otherwise.
 */
export function sectionStates(
  dutchBody: string,
  translationBody: string,
  recorded: Readonly<Record<string, string>> | undefined,
): { id: string; state: SectionState }[] {
  const translated = new Set(sectionsOf(translationBody).map((section) => section.id));
  return sectionsOf(dutchBody).map(({ id, text }) => ({
    id,
    state: !translated.has(id) ? 'missing' : recorded?.[id] === sectionFingerprint(text) ? 'current' : 'outdated',
  }));
}

/** An MDX file split into its frontmatter lines and its body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  return match ? { frontmatter: match[1]!, body: source.slice(match[0].length) } : { frontmatter: '', body: source };
}

/**
 * Rendered page HTML with `noticeHtml` under the heading of every section in `outdatedIds` (at the
 * top for the intro), so the notice stands in that section, also in the side-by-side view.
 */
export function withOutdatedNotices(html: string, outdatedIds: readonly string[], noticeHtml: string): string {
  let result = html;
  for (const id of outdatedIds) {
    result = id === introSection ? `${noticeHtml}${result}` : result.replace(new RegExp(`(<h2\\b[^>]*\\bid="${id}"[^>]*>[\\s\\S]*?</h2>)`), `$1${noticeHtml}`);
  }
  return result;
}
