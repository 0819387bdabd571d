import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dataFileEditor, pageFields } from '../../src/admin/editorConfig';
import { editorEntry } from '../../src/admin/editorEntries';
import { dataFiles, type DataCollection } from '../../src/content/dataFiles';
import { editorDataFile, editorPage, editorYaml } from '../../src/content/editorFormat';
import { splitFrontmatter } from '../../src/translationStatus/sourceVersions';
import { withSourceVersions } from '../../src/translationStatus/sourceVersionRecords';

// Content files stay in the form the editor at /admin/ writes, so that a save there changes only
// what was edited (tests/e2e/editor-save.spec.ts checks the editor itself writes this form).
// `npm run format:content` rewrites the files into it after a change by hand.
const rewrite = process.env.FORMAT_CONTENT === 'write';
const contentDir = new URL('../../content/', import.meta.url);

/** Compares a content file with its editor form; in `format:content` mode writes that form. */
function expectEditorForm(file: URL, expected: string): void {
  if (rewrite) writeFileSync(file, expected);
  expect(readFileSync(file, 'utf8'), `${file.pathname} is not in the editor's form: run npm run format:content`).toBe(expected);
}

describe('content files are in the editor’s form', () => {
  it.each(Object.keys(dataFiles) as DataCollection[])('content/data/ of %s', (collection) => {
    const file = new URL(`data/${dataFiles[collection]}`, contentDir);
    const format = dataFiles[collection].endsWith('.json') ? 'json' : 'yaml';
    const items = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    const fields = dataFileEditor(collection).fields[0]!.fields!;
    expectEditorForm(file, editorDataFile(items.map((item) => editorEntry(fields, item)), format));
  });

  const pages = readdirSync(new URL('pages/', contentDir), { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.mdx'));
  const frontmatterFields = pageFields().filter((field) => field.name !== 'body');
  it.each(pages)('content/pages/%s', (path) => {
    const file = new URL(`pages/${path}`, contentDir);
    const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    expectEditorForm(file, editorPage(editorEntry(frontmatterFields, parse(frontmatter) as Record<string, unknown>), body));
  });
});

describe('the editor’s form', () => {
  it('quotes what YAML would otherwise read as something else, and nothing more', () => {
    expect(editorYaml({ a: '12345678', b: '1e234567', c: 'abcdef12', d: 'Hallo jij!', e: 'yes: no', f: '2026-11-22' })).toBe(
      "a: '12345678'\nb: '1e234567'\nc: abcdef12\nd: Hallo jij!\ne: 'yes: no'\nf: 2026-11-22",
    );
  });

  it('is what npm run i18n:done writes', () => {
    const page = editorPage({ title: 'Het cadeaupakket', translationStatus: 'draft', audience: 'mothers' }, '## Wat zit erin? {#wat-zit-erin}\n\nEen boek.');
    const marked = withSourceVersions(page, { intro: '12345678', 'wat-zit-erin': 'abcdef12' });
    expect(marked).toBe(
      editorPage({ title: 'Het cadeaupakket', translationStatus: 'draft', audience: 'mothers', sourceVersions: { intro: '12345678', 'wat-zit-erin': 'abcdef12' } }, '## Wat zit erin? {#wat-zit-erin}\n\nEen boek.'),
    );
  });
});
