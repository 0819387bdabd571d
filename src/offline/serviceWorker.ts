/// <reference lib="webworker" />
/**
 * The service worker (built to /sw.js by src/offline/offlineIntegration.ts). Pages come from the
 * network first; each page she opens is kept, with the essentials of her language (home, contact,
 * urgent help). Without a connection she gets the kept copy with an offline notice, or the offline
 * page. Only GET requests for the site's own pages and files are touched: form posts and /api/
 * always go to the network and nothing she sends is ever stored.
 */
import {
  assetPathsIn,
  cacheNameFor,
  cachePrefix,
  essentialPaths,
  isKeepablePage,
  isStaticAsset,
  languageOfPath,
  offlinePath,
  withOfflineNotice,
} from './policy';
import type { Locale } from '../i18n/locales';

declare const self: ServiceWorkerGlobalScope;
/** Set at build time: changes with every deploy whose files changed. */
declare const SITE_VERSION: string;

const cacheName = cacheNameFor(SITE_VERSION);
const languagesKept = new Set<Locale>();

async function keepPage(cache: Cache, url: URL, response: Response): Promise<void> {
  if (!isKeepablePage(url, response)) return;
  const html = await response.clone().text();
  await cache.put(url.pathname, response);
  await Promise.all(
    assetPathsIn(html).map(async (path) => {
      if (!(await cache.match(path))) await cache.add(path).catch(() => undefined);
    }),
  );
}

async function fetchAndKeep(cache: Cache, path: string): Promise<void> {
  const url = new URL(path, self.location.origin);
  const response = await fetch(url, { cache: 'no-cache' }).catch(() => undefined);
  if (response) await keepPage(cache, url, response);
}

async function keepEssentials(lang: Locale | undefined): Promise<void> {
  if (!lang || languagesKept.has(lang)) return;
  languagesKept.add(lang);
  const cache = await caches.open(cacheName);
  for (const path of essentialPaths(lang)) {
    if (!(await cache.match(path))) await fetchAndKeep(cache, path);
  }
}

async function offlineAnswer(url: URL): Promise<Response> {
  const cache = await caches.open(cacheName);
  const lang = languageOfPath(url.pathname) ?? 'nl';
  const kept = await cache.match(url.pathname);
  if (kept) {
    return new Response(withOfflineNotice(await kept.text()), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
  return (await cache.match(offlinePath(lang))) ?? Response.error();
}

async function page(event: FetchEvent, url: URL): Promise<Response> {
  try {
    const response = await fetch(event.request);
    event.waitUntil(
      (async () => {
        await keepPage(await caches.open(cacheName), url, response.clone());
        await keepEssentials(languageOfPath(url.pathname));
      })(),
    );
    return response;
  } catch {
    return offlineAnswer(url);
  }
}

async function staticAsset(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // A new deploy: fetch every page she had kept afresh into this deploy's cache, then drop
      // the old caches, so she never reads an old page next to new ones.
      for (const name of await caches.keys()) {
        if (!name.startsWith(cachePrefix) || name === cacheName) continue;
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          const path = new URL(request.url).pathname;
          if (!isStaticAsset(new URL(request.url))) await fetchAndKeep(cache, path);
        }
        await caches.delete(name);
      }
      await self.clients.claim();
      // The page that registered this worker was loaded before it: keep it and its essentials.
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        const url = new URL(client.url);
        if (url.origin !== self.location.origin) continue;
        if (url.search === '' && !(await cache.match(url.pathname))) await fetchAndKeep(cache, url.pathname);
        await keepEssentials(languageOfPath(url.pathname));
      }
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (isStaticAsset(url)) event.respondWith(staticAsset(request));
});
