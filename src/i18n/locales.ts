/**
 * The site's languages: one definition of each language's code, own name, script and direction.
 * Everything else (routing, the language switcher, fonts, the sitemap) reads from here.
 */

/** Scripts the site writes in; each non-Latin script gets a self-hosted font. */
export type Script = 'Latn' | 'Arab' | 'Ethi';

export interface LocaleDefinition {
  /** BCP 47 code, also the first path segment of every page: `/ar/aanmelden/`. */
  readonly code: string;
  /** The language's name in its own language and script, as shown in the language chooser. */
  readonly name: string;
  /** The script the language is written in. */
  readonly script: Script;
}

export const locales = [
  { code: 'nl', name: 'Nederlands', script: 'Latn' },
  { code: 'en', name: 'English', script: 'Latn' },
  { code: 'pl', name: 'Polski', script: 'Latn' },
  { code: 'tr', name: 'Türkçe', script: 'Latn' },
  { code: 'ar', name: 'العربية', script: 'Arab' },
  { code: 'ti', name: 'ትግርኛ', script: 'Ethi' },
] as const satisfies readonly LocaleDefinition[];

/** A supported locale code. */
export type Locale = (typeof locales)[number]['code'];

/** The source language: content is written in Dutch first and translated from it. */
export const defaultLocale: Locale = 'nl';

/** All locale codes, default first. */
export const localeCodes: readonly Locale[] = locales.map((locale) => locale.code);

/** Whether a string is one of the site's locale codes. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

/** The definition of one locale. */
export function getLocale(code: Locale): LocaleDefinition {
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}". Add it to src/i18n/locales.ts.`);
  return locale;
}

const knownRightToLeft = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'ckb', 'dv', 'syr']);

/**
 * The text direction of a locale, asked of `Intl.Locale` (so it is never written down per
 * page), with a short list of right-to-left languages for runtimes without `getTextInfo`.
 */
export function getLocaleDir(code: string): 'ltr' | 'rtl' {
  try {
    const intlLocale = new Intl.Locale(code) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = intlLocale.getTextInfo?.().direction ?? intlLocale.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // An invalid tag falls through to the list below.
  }
  return knownRightToLeft.has(code.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
