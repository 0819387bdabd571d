/**
 * What the service worker (src/offline/serviceWorker.ts) keeps on her phone, and what never.
 * Pure functions, shared by the worker and its unit tests.
 */
import { isLocale, type Locale } from '../i18n/locales';

/** The cache of one deploy; a new deploy gets a new name and replaces the old cache. */
export const cachePrefix = 'hallojij-';
export const cacheNameFor = (version: string) => `${cachePrefix}${version}`;

/** The language of a page address: `/ar/vragen/` → `ar`. */
export function languageOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/**
 * The pages kept in her language as soon as she visits one: home, contact with the team, the
 * urgent help numbers (on `vragen`, `#direct-hulp`) and the page shown for one not kept.
 */
export function essentialPaths(lang: Locale): string[] {
  return [`/${lang}/`, `/${lang}/contact/`, `/${lang}/vragen/`, offlinePath(lang)];
}

/** The page shown offline for a page that is not on her phone. */
export const offlinePath = (lang: Locale) => `/${lang}/offline/`;

/** Pages whose address or content is about her submission: never kept. */
const personalPaths = /^\/[a-z]{2,3}\/(aanmelden|verwijzers)\/(bedankt|ontvangen)\//;

/** The editor for staff: always fresh from the network, never on a phone. */
const editorPath = /^\/admin(\/|$)/;

/**
 * Whether a page may be kept: a plain address of the site (no query string, nothing under
 * `/api/` or `/admin/`, no thank-you page), answered in full with HTML that may be stored.
 */
export function isKeepablePage(url: URL, response: Pick<Response, 'ok' | 'status' | 'redirected' | 'headers'>): boolean {
  return (
    url.search === '' &&
    !url.pathname.startsWith('/api/') &&
    !editorPath.test(url.pathname) &&
    !personalPaths.test(url.pathname) &&
    response.ok &&
    response.status === 200 &&
    !response.redirected &&
    !/no-store|private/i.test(response.headers.get('Cache-Control') ?? '') &&
    (response.headers.get('Content-Type') ?? '').startsWith('text/html')
  );
}

/** Files every page may need that never change under their name (fingerprinted build output, icons). */
export function isStaticAsset(url: URL): boolean {
  return url.search === '' && (url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/icons/'));
}

/** The site's own files a page refers to (its script font), to keep with the page. */
export function assetPathsIn(html: string): string[] {
  return [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"?#]+)"/g)].map((match) => match[1]!))];
}

/** A kept page as it is shown offline: with the notice that she is reading the saved copy. */
export function withOfflineNotice(html: string): string {
  return html.replace('data-offline-notice hidden', 'data-offline-notice');
}
