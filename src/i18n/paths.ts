import { isLocale, type Locale } from './locales';

/** The address of a page in a language: `/ar/` for the home page, `/ar/aanmelden/` otherwise. */
export function localizedPath(lang: Locale, slug = ''): string {
  return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}

/**
 * The language and Dutch slug of a content entry id such as `ar/aanmelden` or `nl/index`.
 * Throws when the first folder is not a site language, so a misplaced file fails the build.
 */
export function splitEntryId(id: string): { lang: Locale; slug: string } {
  const [lang, ...rest] = id.split('/');
  if (!isLocale(lang)) {
    throw new Error(`Content file "${id}" must live in a language folder: content/pages/<nl|en|pl|tr|ar|ti>/.`);
  }
  const slug = rest.join('/');
  return { lang, slug: slug === 'index' ? '' : slug };
}

/** The address of a page next to its Dutch source: `/ar/samen/`, `/ar/vragen/samen/`. */
export function readTogetherPath(lang: Locale, slug = ''): string {
  return `${localizedPath(lang, slug)}samen/`;
}
