import { describe, expect, it } from 'vitest';
import { isolateLatinNames, splitLatinNames } from '../../src/i18n/bidi';
import { getLocale, getLocaleDir, isLocale, locales } from '../../src/i18n/locales';
import { localizedPath, splitEntryId } from '../../src/i18n/paths';

describe('locales', () => {
  it('derives the direction from the language', () => {
    expect(locales.map((locale) => [locale.code, getLocaleDir(locale.code)])).toEqual([
      ['nl', 'ltr'], ['en', 'ltr'], ['pl', 'ltr'], ['tr', 'ltr'], ['ar', 'rtl'], ['ti', 'ltr'],
    ]);
    expect(getLocaleDir('he-IL')).toBe('rtl');
    expect(getLocaleDir('not a tag')).toBe('ltr');
  });

  it('knows its own codes only', () => {
    expect(isLocale('ti')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(getLocale('ti').name).toBe('ትግርኛ');
  });
});

describe('paths', () => {
  it('keeps the Dutch slug in every language', () => {
    expect(localizedPath('ar')).toBe('/ar/');
    expect(localizedPath('ar', 'aanmelden')).toBe('/ar/aanmelden/');
  });

  it('reads language and slug from a content file id, and refuses a file outside a language folder', () => {
    expect(splitEntryId('ti/index')).toEqual({ lang: 'ti', slug: '' });
    expect(splitEntryId('pl/privacy')).toEqual({ lang: 'pl', slug: 'privacy' });
    expect(() => splitEntryId('de/privacy')).toThrow(/language folder/);
  });
});

describe('bidi', () => {
  it('isolates Latin names ending in punctuation', () => {
    expect(isolateLatinNames('برنامج Hallo jij! مجاني')).toBe('برنامج \u2066Hallo jij!\u2069 مجاني');
    expect(splitLatinNames('a Hallo jij! b')).toEqual([
      { text: 'a ', isName: false },
      { text: 'Hallo jij!', isName: true },
      { text: ' b', isName: false },
    ]);
  });
});
