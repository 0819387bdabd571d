import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { dataCollections, dataFileEditor, editorConfig, pageFields } from '../../src/admin/editorConfig';
import type { EditorField } from '../../src/admin/schemaFields';
import { markCurrentField } from '../../src/translationStatus/markTranslationCurrent';
import { withLocalFonts, withoutStatusCheck } from '../../src/admin/editorBundle';
import { dataFiles, type DataCollection } from '../../src/content/dataFiles';
import { pageSchema } from '../../src/content/schemas';
import { localeCodes } from '../../src/i18n/locales';

// Written apart from src/admin/schemaFields.ts on purpose: the key paths a schema accepts.
type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default') return schemaPaths(def.innerType!, prefix);
  if (def.type === 'array') return [prefix, ...schemaPaths(def.element!, `${prefix}.*`).filter((path) => path !== `${prefix}.*`)];
  if (def.type === 'object') return Object.entries(def.shape!).flatMap(([key, value]) => [`${prefix}${prefix ? '.' : ''}${key}`, ...schemaPaths(value, `${prefix}${prefix ? '.' : ''}${key}`)]).filter(Boolean);
  return [prefix];
}
function editorPaths(fields: EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${prefix ? '.' : ''}${field.name}`;
    if (field.widget === 'list' && field.fields) return [path, ...editorPaths(field.fields, `${path}.*`)];
    if (field.widget === 'object') return [path, ...editorPaths(field.fields ?? [], path)];
    return [path];
  });
}
const unique = (paths: string[]) => [...new Set(paths.filter(Boolean))].sort();
const collections = Object.keys(dataFiles) as DataCollection[];

describe('the editor configuration', () => {
  it.each(collections)('has an editor field for every field of the %s schema, and no other', (collection) => {
    const [list] = dataFileEditor(collection).fields;
    expect(list!.root).toBe(true);
    const editor = unique(editorPaths(list!.fields!)).filter((path) => path !== 'id');
    expect(editor).toEqual(unique(schemaPaths(dataCollections[collection].schema)));
  });

  it('has an editor field for every page frontmatter field, and the body as raw MDX', () => {
    const fields = pageFields();
    expect(unique(editorPaths(fields)).filter((path) => path !== 'body' && path !== markCurrentField)).toEqual(unique(schemaPaths(pageSchema)).filter((path) => !path.startsWith('sourceVersions.')));
    expect(fields.find((field) => field.name === 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
  });

  it.each(collections)('knows every key the items of content/data/%s use', (collection) => {
    const file = dataFiles[collection];
    const text = readFileSync(new URL(`../../content/data/${file}`, import.meta.url), 'utf8');
    const items = (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, unknown>[];
    const keyPaths = (value: unknown, prefix: string): string[] =>
      value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
        ? Object.entries(value).flatMap(([key, inner]) => [`${prefix}${prefix ? '.' : ''}${key}`, ...keyPaths(inner, `${prefix}${prefix ? '.' : ''}${key}`)])
        : [];
    const known = new Set(editorPaths(dataFileEditor(collection).fields[0]!.fields!));
    expect(unique(items.flatMap((item) => keyPaths(item, ''))).filter((path) => !known.has(path))).toEqual([]);
  });

  it('covers every data file and all six languages, Dutch first', () => {
    const config = editorConfig({ repo: 'owner/name', site: 'https://hallojij.example/' });
    expect(config.backend).toEqual({ name: 'github', repo: 'owner/name', branch: 'main', base_url: 'https://hallojij.example', auth_endpoint: 'api/cms/auth' });
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['nl', 'en', 'pl', 'tr', 'ar', 'ti'], default_locale: 'nl' });
    expect(localeCodes).toEqual(config.i18n.locales);
    const data = config.collections.find((collection) => collection.name === 'data') as { files: { file: string }[] };
    expect(data.files.map(({ file }) => file).sort()).toEqual(Object.values(dataFiles).map((file) => `content/data/${file}`).sort());
    const [contacts] = dataFileEditor('contacts').fields[0]!.fields!.filter((field) => field.name === 'hours');
    expect(contacts!.fields!.map((field) => field.name)).toEqual([...localeCodes]);
  });

  it('checks phone numbers and shows sample values, which can be cleared', () => {
    const fields = dataFileEditor('contacts').fields[0]!.fields!;
    expect(fields.find((field) => field.name === 'phone')).toMatchObject({ widget: 'string', required: false, pattern: ['^[0-9+][0-9 -]+$', expect.stringContaining('0416-123456')] });
    expect(fields.find((field) => field.name === 'sample')).toMatchObject({ widget: 'boolean', default: false });
  });
});

describe('the editor bundle asks no other site', () => {
  it('serves the interface fonts itself', () => {
    const css = 'src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2) x url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)';
    expect(withLocalFonts(css, ['source-sans-3-latin-wght-normal-Abc.woff2', 'noto-mono-latin-400-normal-D.woff2'])).toBe(
      'src:url(/admin/cms/assets/source-sans-3-latin-wght-normal-Abc.woff2) x url(/admin/cms/assets/noto-mono-latin-400-normal-D.woff2)',
    );
    expect(() => withLocalFonts(css, [])).toThrow(/no shipped font/);
  });

  it('reads the service status from its own file', () => {
    expect(withoutStatusCheck('a="https://www.githubstatus.com/api/v2/status.json"')).toBe('a="/admin/cms/service-status.json"');
    expect(() => withoutStatusCheck('nothing')).toThrow(/no longer polls/);
  });
});
