import { parse } from 'yaml';
import { editorPage } from '../content/editorFormat.ts';
import { editorKeyOrder } from '../content/editorKeyOrder.ts';
import { splitFrontmatter } from './sourceVersions.ts';

/**
 * Reading and writing a translation's `sourceVersions` record (src/content/sourceVersions.ts) in
 * its MDX file, for `npm run i18n:done`, `npm run i18n:report` and the build. Apart from the
 * fingerprints so that the editor's bundle, which records fingerprints too, carries no YAML
 * library of its own.
 */

/** The `sourceVersions` a translation's frontmatter records. */
export function recordedVersions(frontmatter: string): Record<string, string> {
  const recorded = (parse(frontmatter) as { sourceVersions?: Record<string, unknown> } | null)?.sourceVersions ?? {};
  return Object.fromEntries(Object.entries(recorded).map(([id, fingerprint]) => [id, String(fingerprint)]));
}

/**
 * The MDX file with `sourceVersions` in its frontmatter set to `versions`, written as the editor
 * at /admin/ writes a page (src/content/editorFormat.ts), so the tool and the editor agree byte
 * for byte; the other frontmatter fields and the body are unchanged.
 */
export function withSourceVersions(source: string, versions: Readonly<Record<string, string>>): string {
  const { frontmatter, body } = splitFrontmatter(source);
  const fields = (parse(frontmatter) as Record<string, unknown> | null) ?? {};
  return editorPage({ ...fields, sourceVersions: editorKeyOrder(versions) }, body);
}
