import * as z from 'zod/mini';
import type { Locale } from './locales';
import nl from './translations/nl.json' with { type: 'json' };
import en from './translations/en.json' with { type: 'json' };
import pl from './translations/pl.json' with { type: 'json' };
import tr from './translations/tr.json' with { type: 'json' };
import ar from './translations/ar.json' with { type: 'json' };
import ti from './translations/ti.json' with { type: 'json' };

/** The plural suffixes i18next appends to a key, from `Intl.PluralRules` categories. */
export const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

type PluralSuffix = (typeof pluralSuffixes)[number];
type StripPlural<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key;

/** Every key in the Dutch source dictionary, with plural keys under their base name. */
export type TranslationKey = StripPlural<keyof typeof nl & string>;

/** A flat dictionary of interface strings: dotted keys, non-empty values. */
export const dictionarySchema = z.record(
  z.string().check(
    z.regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+(_(zero|one|two|few|many|other))?$/, 'Keys are dotted camelCase, e.g. "footer.privacy" or "home.signUpDuration_one".'),
  ),
  z.string().check(z.refine((value) => value.trim().length > 0, 'A translation may not be empty.')),
);

/** One dictionary per locale, as written in `src/i18n/translations/<lang>.json`. */
export const dictionaries: Record<Locale, Record<string, string>> = { nl, en, pl, tr, ar, ti };

/**
 * The keys a locale must define for a base key: the key itself, or, for a plural key in the
 * source, one key per plural category of that locale (Arabic needs six, Polish four).
 */
export function requiredKeysFor(locale: Locale, sourceKey: string): string[] {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(sourceKey);
  if (!match) return [sourceKey];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return categories.map((category) => `${match[1]}_${category}`);
}

/** Validates every dictionary and throws a readable error naming the locale and key. */
export function validateDictionaries(): void {
  for (const [locale, dictionary] of Object.entries(dictionaries)) {
    const result = dictionarySchema.safeParse(dictionary);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`src/i18n/translations/${locale}.json is invalid:\n${issues.join('\n')}`);
    }
  }
}
