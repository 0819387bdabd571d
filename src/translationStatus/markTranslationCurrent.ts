import { editorKeyOrder } from '../content/editorKeyOrder';
import { sectionFingerprint, sectionsOf } from './sourceVersions';

/**
 * The editor-only switch on a translated page: "this translation now matches the Dutch text". It
 * is never saved; on save (the editor's `preSave` hook, src/admin/editorEntry.ts) it becomes the
 * page's `sourceVersions` record, the same one `npm run i18n:done` writes, so a translator marks
 * her work done without a terminal and nobody types fingerprints.
 */
export const markCurrentField = 'markCurrent';

/** One language's frontmatter and body as the editor holds a page. */
export type PageData = Record<string, unknown> & { body?: string; sourceVersions?: Record<string, string> };

/**
 * A translation's data as it is saved: when `markCurrent` is on, `sourceVersions` records the
 * fingerprint of each Dutch section the translation has (a section it lacks stays missing);
 * the switch itself is always left out.
 */
export function savedTranslation(dutchBody: string, translation: PageData): PageData {
  const { [markCurrentField]: markCurrent, ...saved } = translation;
  if (markCurrent !== true) return saved;
  const present = new Set(sectionsOf(saved.body ?? '').map((section) => section.id));
  const sourceVersions = editorKeyOrder(Object.fromEntries(
    sectionsOf(dutchBody)
      .filter((section) => present.has(section.id))
      .map((section) => [section.id, sectionFingerprint(section.text)]),
  ));
  return { ...saved, sourceVersions };
}
