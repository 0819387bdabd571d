/**
 * The order in which the editor keeps the keys of a key-value field (a translation's
 * `sourceVersions`) once a save hook has run: its collator's, numeric, case-insensitive. Apart
 * from src/content/editorFormat.ts so the editor's bundle, which uses it, carries no YAML library.
 */
export function editorKeyOrder<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => collator.compare(a, b)));
}
