/**
 * The configuration of the editor at /admin/ (Sveltia CMS), made from the content schemas: the
 * pages per language and every data file under content/data/. Written to dist/admin/config.yml
 * by src/admin/editorIntegration.ts; tests/unit/editorConfig.test.ts holds it to the schemas.
 */
import type { z } from 'astro/zod';
import { dataFiles, type DataCollection } from '../content/dataFiles';
import { contactSchema, giftItemSchema, helpLineSchema, meetupSchema, pageSchema, practiceSchema, topicSchema, villageSchema } from '../content/schemas';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { markCurrentField } from '../translationStatus/markTranslationCurrent';
import { fieldsFromSchema, type EditorField } from './schemaFields';

/** Each data collection's schema (as in src/content.config.ts), its Dutch name and how an item is summarised. */
export const dataCollections: Record<DataCollection, { schema: z.ZodType; label: string; summary: string }> = {
  contacts: { schema: contactSchema, label: 'Contacten', summary: '{{fields.name}}{{fields.label.nl}}' },
  helpLines: { schema: helpLineSchema, label: 'Hulplijnen', summary: '{{fields.name}}: {{fields.phone}}' },
  topics: { schema: topicSchema, label: 'Onderwerpen (vragenwijzer)', summary: '{{fields.title.nl}}' },
  giftPackage: { schema: giftItemSchema, label: 'Cadeaupakket', summary: '{{fields.name.nl}}' },
  meetups: { schema: meetupSchema, label: 'Ontmoetingen', summary: '{{fields.title.nl}}' },
  villages: { schema: villageSchema, label: 'Dorpen', summary: '{{fields.name}}' },
  practices: { schema: practiceSchema, label: 'Verloskundigenpraktijken', summary: '{{fields.name}}' },
};

/** The `id` every item of a data file carries (Astro's file loader keys entries by it). */
const idField: EditorField = {
  name: 'id',
  label: 'Korte naam (id)',
  widget: 'string',
  pattern: ['^[a-z0-9-]+$', 'Kleine letters, cijfers en streepjes, bijvoorbeeld "mamacafe-drunen".'],
  hint: 'Andere gegevens verwijzen naar deze naam. Verander hem niet als hij al gebruikt wordt.',
};

/**
 * Fields that hold ids of another data file's items: the editor offers those items to pick from
 * (a relation to the other file's list), so nobody types an id that does not exist.
 */
const references: Record<string, { file: DataCollection; display: string[] }> = {
  village: { file: 'villages', display: ['name'] },
  // By id: a contact has a name or, instead, a description the picker cannot show.
  contacts: { file: 'contacts', display: ['id', 'name'] },
  helpLines: { file: 'helpLines', display: ['name'] },
};

/** A field as a pick from another data file's items, when it is a reference. */
function withPicker(field: EditorField): EditorField {
  const reference = references[field.name];
  if (!reference) return field;
  const { widget: _widget, field: _item, ...rest } = field;
  return {
    ...rest,
    widget: 'relation',
    collection: 'data',
    file: reference.file,
    value_field: 'items.*.id',
    search_fields: [...new Set([...reference.display, 'id'])].map((path) => `items.*.${path}`),
    display_fields: reference.display.map((path) => `items.*.${path}`),
    ...(field.widget === 'list' ? { multiple: true } : {}),
  };
}

/** The editor's view of one data file: a list at the top of the file, one item per entry. */
export function dataFileEditor(collection: DataCollection): { name: string; label: string; file: string; format: string; fields: EditorField[] } {
  const { schema, label, summary } = dataCollections[collection];
  const file = dataFiles[collection];
  return {
    name: collection,
    label,
    file: `content/data/${file}`,
    format: file.endsWith('.json') ? 'json' : 'yaml',
    fields: [{ name: 'items', label, widget: 'list', root: true, summary, collapsed: true, fields: [idField, ...fieldsFromSchema(schema).map(withPicker)] }],
  };
}

/**
 * The frontmatter fields and MDX body of a page; the body stays raw text so `{#id}` and
 * `<Components />` survive. Plus one switch that is never saved: a translator marks her
 * translation as matching today's Dutch text (src/translationStatus/markTranslationCurrent.ts).
 */
export function pageFields(): EditorField[] {
  const markCurrent: EditorField = {
    name: markCurrentField,
    label: 'Deze vertaling past nu bij de Nederlandse tekst',
    widget: 'boolean',
    required: false,
    i18n: true,
    hint: 'Alleen voor vertalingen. Zet dit aan als je de vertaling hebt bijgewerkt naar de Nederlandse tekst van nu. Na het opslaan verdwijnen de meldingen "deze tekst is veranderd" bij deze taal.',
  };
  const body: EditorField = { name: 'body', label: 'Tekst', widget: 'markdown', modes: ['raw'], hint: 'Laat {#…} achter koppen en regels als <TopicNavigator /> staan.' };
  return [...fieldsFromSchema(pageSchema).map(localizePageField), markCurrent, body];
}

/** Which frontmatter fields are the same in every language (copied from Dutch) and which are translated. */
function localizePageField(field: EditorField): EditorField {
  return field.name === 'audience' ? { ...field, i18n: 'duplicate' } : { ...field, i18n: true };
}

/**
 * The whole configuration; `repo` is the GitHub repository the production editor saves to, and
 * `site` the site's public address, whose Worker does the GitHub login (`/api/cms/auth`,
 * src/editorAuth/login.ts).
 */
export function editorConfig({ repo, branch = 'main', site }: { repo: string; branch?: string; site: string }) {
  return {
    backend: { name: 'github', repo, branch, base_url: new URL(site).origin, auth_endpoint: 'api/cms/auth' },
    // No uploads: pages show no photos, and every file the editor may touch is text.
    media_folder: 'public/uploads',
    // An empty optional field is left out, never written as null (zod's optional() refuses null:
    // an untranslated page would get `sourceVersions: null` and break the build).
    output: { omit_empty_optional_fields: true },
    i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale },
    collections: [
      {
        name: 'pages',
        label: 'Pagina’s',
        label_singular: 'Pagina',
        folder: 'content/pages',
        extension: 'mdx',
        format: 'frontmatter',
        identifier_field: 'title',
        // Per language in its own folder (global i18n above): content/pages/<lang>/<slug>.mdx.
        i18n: true,
        // A page's address comes from its file name, and the routes expect the ones there are.
        create: false,
        delete: false,
        fields: pageFields(),
      },
      {
        name: 'data',
        label: 'Gegevens',
        i18n: false,
        files: (Object.keys(dataFiles) as DataCollection[]).map(dataFileEditor),
      },
    ],
  };
}
