import i18next, { type TOptions } from 'i18next';
import { defaultLocale, getLocaleDir, isLocale, localeCodes, type Locale } from './locales';
import { isolateLatinNames, isolateLeftToRightValues } from './bidi';
import { dictionaries, validateDictionaries, type TranslationKey } from './translations';

validateDictionaries();

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(
    localeCodes.map((code) => [code, { translation: dictionaries[code] }]),
  ),
  lng: defaultLocale,
  // A missing string shows the key in development and fails the translation test: no silent
  // fallback to Dutch on a page that says it is Arabic.
  fallbackLng: false,
  supportedLngs: [...localeCodes],
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  // Astro and the e-mail templates escape on output; escaping here would escape twice.
  interpolation: { escapeValue: false },
});

/** The translate function for one locale, with the locale's code and direction attached. */
export interface Translate {
  (key: TranslationKey, options?: TOptions): string;
  /** The locale this function translates into. */
  readonly lang: Locale;
  /** `ltr` or `rtl` for this locale. */
  readonly dir: 'ltr' | 'rtl';
  /** Whether the dictionary has this key (for optional strings). */
  exists(key: string): boolean;
}

/**
 * Returns the interface-string translator for a locale. The only entry point to i18next:
 * pages, components, e-mails and functions all call this.
 */
export function useTranslations(lang: string | undefined): Translate {
  const locale: Locale = isLocale(lang) ? lang : defaultLocale;
  const fixedT = i18n.getFixedT(locale);
  const dir = getLocaleDir(locale);
  const t = ((key: TranslationKey, options?: TOptions) => {
    if (dir === 'ltr') return fixedT(key, options ?? {}) as string;
    return isolateLatinNames(fixedT(key, isolateLeftToRightValues(options ?? {})) as string);
  }) as Translate;
  return Object.assign(t, {
    lang: locale,
    dir,
    exists: (key: string) => i18n.exists(key, { lng: locale }),
  });
}
