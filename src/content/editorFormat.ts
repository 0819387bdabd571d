import { stringify } from 'yaml';

/**
 * Content files in the exact form the editor at /admin/ (Sveltia CMS) writes them, so that a save
 * in the editor changes only what the editor's user changed, and the repository's own tools
 * (`npm run i18n:done`) write the same bytes. The options are Sveltia's (its YAML output with
 * `quote: none`: plain scalars, single quotes where YAML needs quotes, no line wrapping; JSON
 * with two spaces). tests/e2e/editor-save.spec.ts saves through the real editor and compares.
 *
 * Only the `yaml` package, no imports of the site: the Node scripts load this file as it is.
 */

/** A value as YAML in the editor's style, without a trailing newline. */
export function editorYaml(value: unknown): string {
  return stringify(value, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: 'PLAIN',
    singleQuote: true,
    aliasDuplicateObjects: false,
  }).trim();
}

/** A data file's text as the editor writes it (`format` from the file's extension). */
export function editorDataFile(items: unknown, format: 'yaml' | 'json'): string {
  return `${format === 'json' ? JSON.stringify(items, null, 2) : editorYaml(items)}\n`;
}

/** An MDX page as the editor writes it: YAML frontmatter, a blank line, the body. */
export function editorPage(frontmatter: Record<string, unknown>, body: string): string {
  const text = body.trim();
  return `---\n${editorYaml(frontmatter)}\n---\n${text ? `\n${text}\n` : ''}`;
}

