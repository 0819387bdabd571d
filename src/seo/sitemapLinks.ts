import type { SitemapItem } from '@astrojs/sitemap';
import { localeCodes } from '../i18n/locales';
import { localizedPath } from '../i18n/paths';

/**
 * Corrects the alternates @astrojs/sitemap derives from paths: it reads `/` (the language
 * chooser) as a Dutch page. Here `/` is `x-default` for every page, and the chooser lists each
 * language's home page.
 */
export function withChooserAsDefault(item: SitemapItem): SitemapItem {
  const url = new URL(item.url);
  const root = new URL('/', url).href;
  if (url.pathname === '/') {
    return {
      ...item,
      links: [
        ...localeCodes.map((lang) => ({ lang, url: new URL(localizedPath(lang), url).href })),
        { lang: 'x-default', url: root },
      ],
    };
  }
  if (!item.links?.length) return item;
  return { ...item, links: [...item.links.filter((link) => link.url !== root), { lang: 'x-default', url: root }] };
}
