import type { Locale } from '../../i18n/locales';

/**
 * The optional `lang` prop of content components. Left out, a component speaks the page's
 * language; the side-by-side view (`/{lang}/{slug}/samen/`) renders the Dutch column with
 * `lang: 'nl'` inside a page in another language.
 */
export interface RenderLanguage {
  lang?: Locale | undefined;
}
