import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { dictionaries, dictionarySchema, requiredKeysFor } from '../../src/i18n/translations';
import { useTranslations } from '../../src/i18n/useTranslations';

const sourceKeys = Object.keys(dictionaries.nl);

describe('interface strings', () => {
  for (const locale of localeCodes) {
    it(`${locale} has every key of the Dutch source, none empty, none extra`, () => {
      const dictionary = dictionaries[locale];
      const required = new Set(sourceKeys.flatMap((key) => requiredKeysFor(locale, key)));
      const missing = [...required].filter((key) => !dictionary[key]?.trim());
      const extra = Object.keys(dictionary).filter((key) => !required.has(key));
      expect(missing, `missing or empty in ${locale}.json`).toEqual([]);
      expect(extra, `keys in ${locale}.json that the source does not have`).toEqual([]);
      expect(dictionarySchema.safeParse(dictionary).success).toBe(true);
    });
  }

  it('keeps the placeholders of the source in every translation', () => {
    for (const locale of localeCodes) {
      for (const key of sourceKeys) {
        const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
        for (const localizedKey of requiredKeysFor(locale, key)) {
          // A plural form may write the number in words ("دقيقتين"), so it may drop {{count}}.
          const expected = placeholders(dictionaries.nl[key]!).filter((name) => name !== 'count');
          const actual = placeholders(dictionaries[locale][localizedKey] ?? '').filter((name) => name !== 'count');
          expect(actual, `${locale}: ${localizedKey}`).toEqual(expected);
        }
      }
    }
  });

  it('rejects an empty string and a malformed key', () => {
    expect(dictionarySchema.safeParse({ 'footer.privacy': ' ' }).success).toBe(false);
    expect(dictionarySchema.safeParse({ Footer: 'x' }).success).toBe(false);
  });

  it('uses all six Arabic plural forms and the four Polish ones', () => {
    const ar = useTranslations('ar');
    const arabicForms = new Set([0, 1, 2, 3, 11, 100].map((count) => ar('home.signUpDuration', { count })));
    expect(arabicForms.size).toBe(6);
    const pl = useTranslations('pl');
    expect(pl('home.signUpDuration', { count: 1 })).toContain('1 minutę');
    expect(pl('home.signUpDuration', { count: 2 })).toContain('2 minuty');
    expect(pl('home.signUpDuration', { count: 5 })).toContain('5 minut.');
    expect(useTranslations('nl')('home.signUpDuration', { count: 1 })).toBe('Dat duurt ongeveer 1 minuut.');
  });

  it('gives each translator its language and direction, Dutch for an unknown language', () => {
    expect(useTranslations('ar').dir).toBe('rtl');
    expect(useTranslations('ti').dir).toBe('ltr');
    const unknown = useTranslations('xx');
    expect(unknown.lang).toBe('nl');
    expect(unknown('footer.contact')).toBe('Contact');
  });

  it('keeps "Hallo jij!" in one piece in right-to-left strings', () => {
    expect(useTranslations('ar')('site.owner')).toContain('\u2066Hallo jij!\u2069');
    expect(useTranslations('nl')('site.owner')).not.toContain('\u2066');
  });

  it('fails the type check on an unknown key', () => {
    const t = useTranslations('en');
    // @ts-expect-error: not a key of the Dutch source dictionary
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
