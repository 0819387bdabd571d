/**
 * Editor fields made from the content schemas (src/content/schemas.ts), so the editor asks for
 * exactly what the build accepts: one source of truth. Reads zod's own definitions; a schema
 * construct it does not know is an error at build time, never a silently missing field.
 */
import type { z } from 'astro/zod';
import { localeCodes, locales } from '../i18n/locales';
import { fieldLabel, optionLabel, patternMessage } from './fieldLabels';

/** One field of Sveltia CMS's configuration (the subset this site uses). */
export interface EditorField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'boolean' | 'datetime' | 'select' | 'list' | 'object' | 'keyvalue' | 'markdown' | 'relation';
  required?: boolean;
  default?: unknown;
  hint?: string;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  fields?: EditorField[];
  field?: EditorField;
  min?: number;
  max?: number;
  readonly?: boolean;
  root?: boolean;
  modes?: ['raw'];
  [option: string]: unknown;
}

// zod 4 keeps each schema's definition on `.def`; these are the parts read here.
type Definition = {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; error?: (issue: object) => string } } }[];
  format?: string;
  pattern?: RegExp;
};
const definitionOf = (schema: z.ZodType) => (schema as unknown as { def: Definition }).def;

/** Whether an object schema is `localizedText`: one required string per site language. */
function isLocalizedText(definition: Definition): boolean {
  const keys = Object.keys(definition.shape ?? {});
  return keys.length === localeCodes.length && localeCodes.every((code) => keys.includes(code));
}

/** Pattern, length limits and hint from a string schema's checks. */
function stringRules(name: string, definition: Definition): Partial<EditorField> {
  const rules: Partial<EditorField> = {};
  for (const { _zod: { def: check } } of definition.checks ?? []) {
    if (check.check === 'string_format' && check.pattern) {
      rules.pattern = [check.pattern.source, patternMessage(name) ?? check.error?.({}) ?? `Must match ${check.pattern.source}`];
    }
    if (check.check === 'min_length' && check.minimum !== undefined && check.minimum > 1) rules.minlength = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) rules.maxlength = check.maximum;
  }
  if (definition.format === 'email') rules.pattern = ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'Een e-mailadres, bijvoorbeeld naam@heusden.nl.'];
  if (definition.format === 'url') rules.pattern = ['^https://\\S+$', 'Een webadres dat begint met https://.'];
  return rules;
}

/**
 * The editor field for one schema field. `optional` becomes `required: false`, `default` also
 * gives the editor's `default`; a `localizedText` becomes an object with one text per language, Dutch first.
 */
export function fieldFor(name: string, schema: z.ZodType): EditorField {
  const definition = definitionOf(schema);
  const base = { name, label: fieldLabel(name) };
  switch (definition.type) {
    case 'optional':
      return { ...fieldFor(name, definition.innerType!), required: false };
    case 'default': {
      // The build fills a missing value in, so the editor must not demand one (an empty list of
      // help lines is a valid topic); a choice keeps its default instead of offering "(Geen)".
      const field = fieldFor(name, definition.innerType!);
      return { ...field, default: definition.defaultValue, ...(field.widget === 'select' ? {} : { required: false }) };
    }
    case 'string':
      return { ...base, widget: 'string', ...stringRules(name, definition) };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(definition.entries ?? {}).map((value) => ({ label: optionLabel(value), value })) };
    case 'array': {
      const min = definition.checks?.find(({ _zod }) => _zod.def.check === 'min_length')?._zod.def.minimum;
      const item = fieldFor(name, definition.element!);
      return { ...base, widget: 'list', ...(min ? { min } : {}), ...(item.widget === 'object' && item.fields ? { fields: item.fields } : { field: item }) };
    }
    case 'record':
      // Only `sourceVersions`: written by `npm run i18n:done`, shown but never typed.
      return { ...base, widget: 'keyvalue', readonly: true };
    case 'object':
      if (isLocalizedText(definition)) {
        return {
          ...base,
          widget: 'object',
          collapsed: false,
          fields: localeCodes.map((code) => ({ name: code, label: `${locales.find((locale) => locale.code === code)!.name} (${code})`, widget: 'text', required: true })),
        };
      }
      return { ...base, widget: 'object', fields: fieldsFromSchema(schema) };
    default:
      throw new Error(`The editor has no field for a zod "${definition.type}" (field "${name}"): add it to src/admin/schemaFields.ts.`);
  }
}

/** The editor fields of an object schema, in the schema's order. */
export function fieldsFromSchema(schema: z.ZodType): EditorField[] {
  const { shape } = definitionOf(schema);
  if (!shape) throw new Error('fieldsFromSchema needs a zod object.');
  return Object.entries(shape).map(([name, field]) => fieldFor(name, field));
}
