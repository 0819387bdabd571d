import { editorKeyOrder } from '../content/editorKeyOrder';
import type { EditorField } from './schemaFields';

/**
 * An entry as the editor holds it before saving: keys in the order of the editor's fields (the
 * schemas' order), every field with a `default` filled in, an optional field left empty left out
 * (`omit_empty_optional_fields`), nested objects and lists alike.
 * Together with src/content/editorFormat.ts this is what a save in the editor writes, so the
 * content files are kept in this form and an editor save changes only what was edited.
 */
export function editorEntry(fields: readonly EditorField[], value: Record<string, unknown>): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const field of fields) {
    const given = value[field.name];
    const filled = given === undefined ? field.default : given;
    if (filled === undefined || (field.required === false && isEmpty(filled))) continue;
    entry[field.name] = editorValue(field, structuredClone(filled));
  }
  // A key the editor has no field for is kept at the end (the schema test forbids them anyway).
  const known = new Set(fields.map((field) => field.name));
  for (const [name, given] of Object.entries(value)) if (!known.has(name) && given !== undefined) entry[name] = given;
  return entry;
}

function editorValue(field: EditorField, value: unknown): unknown {
  if (field.widget === 'keyvalue' && isRecord(value)) return editorKeyOrder(value);
  if (field.widget === 'object' && field.fields && isRecord(value)) return editorEntry(field.fields, value);
  if (field.widget === 'list' && field.fields && Array.isArray(value)) {
    return value.map((item) => (isRecord(item) ? editorEntry(field.fields!, item) : item));
  }
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown): boolean => value === '' || (Array.isArray(value) && value.length === 0);
