import { isolateLatinNamesFor } from '../i18n/bidi';

/** The text a page gives about itself in its `<head>`. */
export interface PageMetadata {
  /** For `<title>`: the page's title and the site's name. */
  title: string;
  /** For `<meta name="description">`. */
  description: string;
}

/**
 * The `<head>` text of a page in `lang`, from its title and description (MDX frontmatter or
 * translations). Tabs, bookmarks, search results and link previews show this text without the
 * page's markup around it, so on right-to-left languages each Latin name is isolated here; text
 * that already went through `t()` is not isolated twice. The home page (and pages without a
 * slug) lead with the site's name, other pages with their own title.
 */
export function pageMetadata(
  lang: string,
  page: { title: string; description: string; siteName: string; siteNameFirst: boolean },
): PageMetadata {
  const title = page.siteNameFirst ? `${page.siteName} – ${page.title}` : `${page.title} – ${page.siteName}`;
  return { title: isolateLatinNamesFor(lang, title), description: isolateLatinNamesFor(lang, page.description) };
}
