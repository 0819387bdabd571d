import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { splitEntryId } from '../i18n/paths';

/** A content page with its language and Dutch slug resolved from its file path. */
export interface LocalizedPage {
  entry: CollectionEntry<'pages'>;
  lang: Locale;
  slug: string;
  /** Every language this slug exists in, for the switcher and hreflang. */
  availableIn: Locale[];
}

/** All content pages, each knowing in which languages its slug exists. */
export async function getLocalizedPages(): Promise<LocalizedPage[]> {
  const entries = await getCollection('pages');
  const located = entries.map((entry) => ({ entry, ...splitEntryId(entry.id) }));
  return located.map((page) => ({
    ...page,
    availableIn: located.filter((other) => other.slug === page.slug).map((other) => other.lang),
  }));
}

/** A page in her language that can be read next to its Dutch source. */
export interface ReadTogetherPage extends LocalizedPage {
  dutch: LocalizedPage;
}

/** Whether a page has a side-by-side view with Dutch: a page for mothers, translated from Dutch. */
export function canReadTogether(page: LocalizedPage): boolean {
  return page.lang !== 'nl' && page.availableIn.includes('nl') && page.entry.data.audience === 'mothers';
}

/** Every page that has a side-by-side view, with its Dutch source. */
export async function getReadTogetherPages(): Promise<ReadTogetherPage[]> {
  const pages = await getLocalizedPages();
  return pages.filter(canReadTogether).map((page) => ({
    ...page,
    dutch: pages.find((other) => other.lang === 'nl' && other.slug === page.slug)!,
  }));
}
