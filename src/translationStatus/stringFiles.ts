import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  dataStrings,
  interfaceStrings,
  sortedRecord,
  stringStates,
  stringVersionsOf,
  type StringKey,
  type StringRecord,
  type StringState,
  type Strings,
} from './stringVersions.ts';

/**
 * The files behind the string records (./stringVersions.ts), for `npm run i18n:done` and
 * `npm run i18n:report`. Each folder can be pointed elsewhere (the tests use copies).
 */
export interface StringFolders {
  /** src/i18n/translations/: one i18next JSON file per language. */
  interfaceDir: string;
  /** content/data/: the data files. */
  dataDir: string;
  /** content/translation-records/: one record per translation language. */
  recordsDir: string;
}

/** The repository's folders, or the ones named by I18N_INTERFACE_DIR, I18N_DATA_DIR and I18N_RECORDS_DIR. */
export function stringFolders(root: string, env: Readonly<Record<string, string | undefined>> = {}): StringFolders {
  return {
    interfaceDir: env.I18N_INTERFACE_DIR ?? join(root, 'src/i18n/translations'),
    dataDir: env.I18N_DATA_DIR ?? join(root, 'content/data'),
    recordsDir: env.I18N_RECORDS_DIR ?? join(root, 'content/translation-records'),
  };
}

/** Every string of the site in `lang`: the interface strings, then the data files'. */
export function readStrings(folders: StringFolders, lang: string): Strings {
  const messagesFile = join(folders.interfaceDir, `${lang}.json`);
  const strings = interfaceStrings(existsSync(messagesFile) ? JSON.parse(readFileSync(messagesFile, 'utf8')) : {});
  for (const file of readdirSync(folders.dataDir).filter((name) => /\.(ya?ml|json)$/.test(name)).sort()) {
    for (const [key, text] of dataStrings(file, parse(readFileSync(join(folders.dataDir, file), 'utf8')), lang)) strings.set(key, text);
  }
  return strings;
}

/** The record of a translation language (empty when it has none yet). */
export function readRecord(folders: StringFolders, lang: string): StringRecord {
  const file = join(folders.recordsDir, `${lang}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StringRecord) : {};
}

/** Every Dutch string with its state in `lang`. */
export function readStringStates(folders: StringFolders, lang: string): { key: StringKey; state: StringState }[] {
  return stringStates(readStrings(folders, 'nl'), readStrings(folders, lang), readRecord(folders, lang));
}

/**
 * Marks strings of `lang` as translated from today's Dutch: `keys`, or every string the
 * translation has when none are given. Records of strings that no longer exist are dropped.
 * Returns the keys marked.
 */
export function markStringsDone(folders: StringFolders, lang: string, keys: readonly StringKey[] = []): StringKey[] {
  const dutch = readStrings(folders, 'nl');
  const translation = readStrings(folders, lang);
  const current = stringVersionsOf(dutch);
  const present = [...dutch.keys()].filter((key) => translation.get(key)?.trim());
  const chosen = keys.length ? [...keys] : present;
  for (const key of chosen) if (!present.includes(key)) throw new Error(`${lang}: no translated string ${key}`);
  const record = Object.fromEntries(Object.entries(readRecord(folders, lang)).filter(([key]) => dutch.has(key)));
  for (const key of chosen) record[key] = current[key]!;
  mkdirSync(folders.recordsDir, { recursive: true });
  writeFileSync(join(folders.recordsDir, `${lang}.json`), `${JSON.stringify(sortedRecord(record), null, 2)}\n`);
  return chosen;
}
