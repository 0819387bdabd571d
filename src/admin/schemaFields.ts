/**
 * Editor fields made from the content schemas (src/content/schemas.ts), so the editor asks for
 * exactly what the build accepts: one source of truth. Reads the schemas as JSON Schema
 * (`z.toJSONSchema`, zod's supported way); a construct it does not know is an error at build
 * time, never a silently missing field.
 */
import { z } from 'astro/zod';
import { localeCodes, locales } from '../i18n/locales';
import { fieldHint, fieldLabel, optionLabel, patternMessage } from './fieldLabels';

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

/** The parts of a JSON Schema (what `z.toJSONSchema` writes) that are read here. */
interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  default?: unknown;
  enum?: string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
}

/**
 * The JSON Schema of a content schema, as the editor would fill it in (`io: 'input'`: a field with
 * a default is not required). Dates have no JSON type; they are marked with the format `date`.
 */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema instanceof z.ZodDate) jsonSchema.format = 'date';
    },
  }) as JsonSchema;
}

/** Whether an object schema is `localizedText`: one required string per site language. */
function isLocalizedText(schema: JsonSchema): boolean {
  const keys = Object.keys(schema.properties ?? {});
  return keys.length === localeCodes.length && localeCodes.every((code) => keys.includes(code));
}

/** Pattern, length limits and hint from a string schema. */
function stringRules(name: string, schema: JsonSchema): Partial<EditorField> {
  const rules: Partial<EditorField> = {};
  if (schema.format === 'email') rules.pattern = ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'Een e-mailadres, bijvoorbeeld naam@heusden.nl.'];
  else if (schema.format === 'uri') rules.pattern = ['^https://\\S+$', 'Een webadres dat begint met https://.'];
  else if (schema.pattern) rules.pattern = [schema.pattern, patternMessage(name) ?? `Must match ${schema.pattern}`];
  if (schema.minLength !== undefined && schema.minLength > 1) rules.minlength = schema.minLength;
  if (schema.maxLength !== undefined) rules.maxlength = schema.maxLength;
  return rules;
}

/** The editor field for one property of an object schema, before it is marked optional or given a default. */
function fieldOf(name: string, schema: JsonSchema): EditorField {
  const hint = fieldHint(name);
  const base = { name, label: fieldLabel(name), ...(hint ? { hint } : {}) };
  if (schema.format === 'date') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
  if (schema.enum) return { ...base, widget: 'select', options: schema.enum.map((value) => ({ label: optionLabel(value), value })) };
  switch (schema.type) {
    case 'string':
      return { ...base, widget: 'string', ...stringRules(name, schema) };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'array': {
      const item = fieldFor(name, schema.items ?? {}, true);
      return { ...base, widget: 'list', ...(schema.minItems ? { min: schema.minItems } : {}), ...(item.widget === 'object' && item.fields ? { fields: item.fields } : { field: item }) };
    }
    case 'object':
      // Only `sourceVersions` is a record: written by `npm run i18n:done`, shown but never typed.
      if (!schema.properties) return { ...base, widget: 'keyvalue', readonly: true };
      if (isLocalizedText(schema)) {
        return {
          ...base,
          widget: 'object',
          collapsed: false,
          fields: localeCodes.map((code) => ({ name: code, label: `${locales.find((locale) => locale.code === code)!.name} (${code})`, widget: 'text', required: true })),
        };
      }
      return { ...base, widget: 'object', fields: fieldsOf(schema) };
    default:
      throw new Error(`The editor has no field for a schema of type "${schema.type ?? 'unknown'}" (field "${name}"): add it to src/admin/schemaFields.ts.`);
  }
}

/**
 * The editor field for one schema field. A field the object does not require becomes
 * `required: false`; a default also gives the editor's `default` (a choice keeps its default
 * instead of offering "(Geen)", so it stays required); a `localizedText` becomes an object with
 * one text per language, Dutch first.
 */
function fieldFor(name: string, schema: JsonSchema, required: boolean): EditorField {
  const field = fieldOf(name, schema);
  if (schema.default !== undefined) return { ...field, default: schema.default, ...(field.widget === 'select' ? {} : { required: false }) };
  return required ? field : { ...field, required: false };
}

function fieldsOf(schema: JsonSchema): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => fieldFor(name, property, required.has(name)));
}

/** The editor fields of an object schema, in the schema's order. */
export function fieldsFromSchema(schema: z.ZodType): EditorField[] {
  const json = jsonSchemaOf(schema);
  if (json.type !== 'object' || !json.properties) throw new Error('fieldsFromSchema needs a zod object.');
  return fieldsOf(json);
}
