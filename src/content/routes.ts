import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { splitEntryId } from '../i18n/paths';
import { codePages } from './codePages';


/** Whether `/{lang}/{slug}/` is built: a code page, or a content page in that language. */
export async function pageExists(lang: Locale, slug: string): Promise<boolean> {
  if (codePages[slug]?.includes(lang)) return true;
  const entries = await getCollection('pages');
  return entries.some((entry) => {
    const page = splitEntryId(entry.id);
    return page.lang === lang && page.slug === slug;
  });
}
