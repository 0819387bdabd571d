import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { clientAddress } from './mailSink';

/** Everything the service worker keeps: each cache's name and its entries with their text. */
export async function keptOnPhone(page: Page): Promise<{ cache: string; url: string; body: string }[]> {
  return page.evaluate(async () => {
    const kept = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        kept.push({ cache: name, url: new URL(request.url).pathname + new URL(request.url).search, body: (await response?.text()) ?? '' });
      }
    }
    return kept;
  });
}

/** Waits until the service worker controls the page and keeps all of `paths`. */
export async function waitUntilKept(page: Page, paths: string[]): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(async () => {
      const urls = (await keptOnPhone(page)).map((entry) => entry.url);
      return paths.filter((path) => !urls.includes(path));
    }, { timeout: 20_000 })
    .toEqual([]);
}

/** A phone-sized browser context with a client address of its own. */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 360, height: 740 }, extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress() } });
}

