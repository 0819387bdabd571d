import { sectionFingerprint } from './sourceVersions.ts';

/**
 * Which Dutch text each translated string was made from: the interface strings
 * (src/i18n/translations/<lang>.json) and the translated fields of the data files
 * (content/data/*, every object with a text per language). Like the sections of a page
 * (./sourceVersions.ts), a translation language records per string a fingerprint of
 * the Dutch string in content/translation-records/<lang>.json, written by `npm run i18n:done`
 * and never typed; when the Dutch string changes, the translation is reported outdated.
 * The records live apart from the data files so that those stay plain for the editor at /admin/.
 *
 * Plain TypeScript importing only this folder's sourceVersions.ts (with its `.ts` extension), so
 * the Node scripts can load it as it is.
 */

/** A string's key: `interface:<i18next key>` or `data:<file>/<item id>/<field path>`. */
export type StringKey = string;

/** What a translation language records: per string key, the fingerprint of its Dutch source. */
export type StringRecord = Record<StringKey, string>;

/** How a translated string stands against its Dutch source. */
export type StringState = 'current' | 'outdated' | 'missing';

/** Every translatable string of the site in one language, by key. */
export type Strings = Map<StringKey, string>;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * The strings of an interface file (i18next JSON). Plural forms count as one string: Polish and
 * Arabic have forms Dutch lacks (`_few`, `_many`), so all forms of a key are joined under the key
 * without its suffix, and a change to any Dutch form makes every form of a translation outdated.
 */
export function interfaceStrings(messages: Readonly<Record<string, string>>): Strings {
  const strings: Strings = new Map();
  for (const [key, text] of Object.entries(messages).sort(byKey)) {
    const id = `interface:${key.replace(pluralSuffix, '')}`;
    strings.set(id, strings.has(id) ? `${strings.get(id)}\n${text}` : text);
  }
  return strings;
}

/**
 * The strings of one data file in language `lang`: every object holding a Dutch text (`nl`),
 * keyed by the file's name, the item's `id` and the path to the object (an index where an
 * array's items have no id). A language without a text there gets an empty string.
 */
export function dataStrings(fileName: string, items: unknown, lang: string): Strings {
  const strings: Strings = new Map();
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}/${isObject(item) && typeof item.id === 'string' ? item.id : index}`));
    } else if (isObject(value)) {
      if (typeof value.nl === 'string') strings.set(`data:${path}`, typeof value[lang] === 'string' ? (value[lang] as string) : '');
      else for (const [key, inner] of Object.entries(value)) walk(inner, `${path}/${key}`);
    }
  };
  walk(items, fileName.replace(/\.(ya?ml|json)$/, ''));
  return strings;
}

/** The fingerprint of every Dutch string: what `i18n:done` records. */
export function stringVersionsOf(dutch: Strings): StringRecord {
  return Object.fromEntries([...dutch].map(([key, text]) => [key, sectionFingerprint(text)]));
}

/**
 * Every Dutch string with its state in the translation: `missing` when the translation has no
 * (or an empty) string for it, `outdated` when the recorded fingerprint is not the Dutch
 * string's current one (or none is recorded), `current` otherwise.
 */
export function stringStates(dutch: Strings, translation: Strings, recorded: Readonly<StringRecord>): { key: StringKey; state: StringState }[] {
  return [...dutch].map(([key, text]) => ({
    key,
    state: !translation.get(key)?.trim() ? 'missing' : recorded[key] === sectionFingerprint(text) ? 'current' : 'outdated',
  }));
}

/** A record in the order it is written: keys sorted, so that a change is one line in a diff. */
export function sortedRecord(record: Readonly<StringRecord>): StringRecord {
  return Object.fromEntries(Object.entries(record).sort(byKey));
}

/** Entries by key, in code-unit order (stable across machines, unlike a locale's collation). */
const byKey = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
