import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { dictionaries } from '../../src/i18n/translations';
import { fillValidForm } from './signUpForm';
import { clientAddress, uniquePrefix } from './mailSink';
import { renderedFonts } from './support';

/** Everything the service worker keeps: each cache's name and its entries with their text. */
async function keptOnPhone(page: Page): Promise<{ cache: string; url: string; body: string }[]> {
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
async function waitUntilKept(page: Page, paths: string[]): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(async () => {
      const urls = (await keptOnPhone(page)).map((entry) => entry.url);
      return paths.filter((path) => !urls.includes(path));
    }, { timeout: 20_000 })
    .toEqual([]);
}

async function phoneContext(browser: import('@playwright/test').Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 360, height: 740 }, extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress() } });
}

for (const lang of ['ar', 'ti'] as const) {
  const d = dictionaries[lang];
  test(`${lang}: without a connection she still has the pages she visited, contact and the urgent numbers, in her language`, async ({ browser }) => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`/${lang}/bijeen/`);
    const title = await page.locator('h1').innerText();
    await waitUntilKept(page, [`/${lang}/bijeen/`, `/${lang}/`, `/${lang}/contact/`, `/${lang}/vragen/`, `/${lang}/offline/`]);

    await context.setOffline(true);
    await page.goto(`/${lang}/bijeen/`);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.getByRole('status').filter({ hasText: d['offline.notice']! })).toBeVisible();
    // Her script's font was kept with the page: the text is not drawn in boxes or a fallback.
    await page.evaluate(() => document.fonts.ready);
    const fonts = await renderedFonts(page, '[data-offline-notice]');
    expect(fonts.find((font) => font.isCustomFont)?.glyphCount).toBeGreaterThan(20);
    // Only spaces and punctuation may come from the phone's own fonts.
    const notScript = (d['offline.notice']!.match(/[\s\p{P}]/gu) ?? []).length;
    expect(fonts.filter((font) => !font.isCustomFont).reduce((sum, font) => sum + font.glyphCount, 0)).toBeLessThanOrEqual(notScript);

    await page.goto(`/${lang}/vragen/#direct-hulp`);
    await expect(page.locator('#direct-hulp')).toBeVisible();
    await expect(page.locator('#direct-hulp a[href="tel:112"]')).toBeVisible();
    await page.goto(`/${lang}/contact/`);
    await expect(page.locator('main a[href^="tel:+31"]').first()).toBeVisible();

    // A page she never opened: the offline page in her language, with the way to what is kept.
    await page.goto(`/${lang}/ontmoeten/`);
    await expect(page.locator('h1')).toHaveText(d['offline.title']!);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('main a[href$="/contact/"]')).toBeVisible();
    await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
    await context.close();
  });
}

test('offline, the sign-up form keeps her answers, says there is no internet, and never posts to the cache', async ({ browser }) => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto('/ar/aanmelden/');
  await waitUntilKept(page, ['/ar/aanmelden/']);
  await context.setOffline(true);
  await page.reload();
  await fillValidForm(page, 'ar');
  await page.waitForTimeout(3100);
  await page.getByRole('button', { name: dictionaries.ar['form.submit']! }).click();
  await expect(page.getByText(dictionaries.ar['error.offline']!)).toBeVisible();
  await expect(page.getByLabel(dictionaries.ar['field.name.label']!)).toHaveValue('فاطمة الزهراء');
  await context.close();
});

test('nothing she typed or received is kept on her phone', async ({ browser }) => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const name = `Sanne ${uniquePrefix()}`;
  await page.goto('/nl/aanmelden/');
  await waitUntilKept(page, ['/nl/aanmelden/']);
  await fillValidForm(page, 'nl');
  await page.getByLabel(dictionaries.nl['field.name.label']!).fill(name);
  await page.getByLabel(dictionaries.nl['field.phone.label']!).fill('06 24681357');
  await page.getByLabel(dictionaries.nl['field.email.label']!).fill('sanne.offline@example.org');
  await page.waitForTimeout(3100);
  await page.getByRole('button', { name: dictionaries.nl['form.submit']! }).click();
  await expect(page).toHaveURL(/\/nl\/aanmelden\/bedankt\/\?ref=HJ-/);
  const reference = new URL(page.url()).searchParams.get('ref')!;
  await page.goto('/nl/contact/');

  const kept = await keptOnPhone(page);
  expect(kept.map((entry) => entry.url)).toContain('/nl/contact/');
  for (const entry of kept) {
    expect(entry.url, 'only plain addresses of the site').not.toMatch(/\?|\/api\/|bedankt/);
    for (const personal of [name, 'sanne.offline@example.org', '24681357', reference]) {
      expect(entry.body.includes(personal), `${entry.url} contains "${personal}"`).toBe(false);
    }
  }
  await context.close();
});

test('a new deploy replaces the pages kept from the old one', async ({ browser }) => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto('/en/bijeen/');
  await waitUntilKept(page, ['/en/bijeen/', '/en/contact/']);
  const [oldCache] = (await keptOnPhone(page)).map((entry) => entry.cache);
  // What an old deploy left on her phone.
  await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    await cache.put('/en/bijeen/', new Response('<h1>Old page</h1>', { headers: { 'Content-Type': 'text/html' } }));
  }, oldCache!);

  const workerFile = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));
  const deployed = readFileSync(workerFile, 'utf8');
  const version = oldCache!.replace('hallojij-', '');
  expect(deployed).toContain(`"${version}"`);
  try {
    writeFileSync(workerFile, deployed.replaceAll(`"${version}"`, `"${version}next"`));
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await expect.poll(async () => [...new Set((await keptOnPhone(page)).map((entry) => entry.cache))], { timeout: 20_000 }).toEqual([`hallojij-${version}next`]);
  } finally {
    writeFileSync(workerFile, deployed);
  }
  const kept = await keptOnPhone(page);
  const bijeen = kept.find((entry) => entry.url === '/en/bijeen/');
  expect(bijeen?.body).toContain('<h1>Bijeen');
  expect(kept.map((entry) => entry.url)).toContain('/en/contact/');
  await context.close();
});

test('installable: each language has a web app manifest that opens the site in that language', async ({ page, request }) => {
  for (const lang of ['nl', 'ar', 'ti'] as const) {
    await page.goto(`/${lang}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({ lang, start_url: `/${lang}/`, display: 'standalone', dir: lang === 'ar' ? 'rtl' : 'ltr' });
    expect(manifest.description).toBe(dictionaries[lang]['site.tagline']);
    for (const icon of manifest.icons) {
      const response = await request.get(icon.src);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = PNG.sync.read(await response.body());
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    }
    expect(manifest.icons.map((icon: { purpose: string }) => icon.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']));
  }
});
