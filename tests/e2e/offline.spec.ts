import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { dictionaries } from '../../src/i18n/translations';
import { fillValidForm } from './signUpForm';
import { uniquePrefix } from './mailSink';
import { keptOnPhone, phoneContext, waitUntilKept } from './serviceWorker';
import { renderedFonts } from './support';

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

test('installable: each language has a web app manifest that opens the site in that language', async ({ page, request }) => {
  for (const lang of ['nl', 'ar', 'ti'] as const) {
    await page.goto(`/${lang}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href', { timeout: 10_000 });
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

test('first the page, then the app: while a page loads her phone fetches only the page (and its font); the manifest follows, and Chromium can install the site', async ({ page }) => {
  for (const lang of ['nl', 'ti'] as const) {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`/${lang}/`, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    expect(requested, 'requests in the first second after load').toEqual(lang === 'ti' ? [`/${lang}/`, expect.stringMatching(/^\/_astro\/fonts\/\w+\.woff2$/)] : [`/${lang}/`]);
    // Chromium fetches a linked manifest and its icon at load (not seen as page requests here): not linked yet.
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
    // The tab still has its icon: drawn from the page itself, an SVG the browser can draw.
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toMatch(/^data:image\/svg\+xml,/);
    const iconWidth = await page.evaluate(
      (href) =>
        new Promise<number>((resolve) => {
          const image = new Image();
          image.onload = () => resolve(image.naturalWidth);
          image.onerror = () => resolve(0);
          image.src = href;
        }),
      icon!,
    );
    expect(iconWidth, 'the favicon draws').toBeGreaterThan(0);

    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `/${lang}/manifest.webmanifest`, { timeout: 10_000 });
    const cdp = await page.context().newCDPSession(page);
    const appManifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(appManifest).toMatchObject({ url: expect.stringMatching(new RegExp(`/${lang}/manifest\\.webmanifest$`)), errors: [] });
    // Playwright's contexts are incognito windows, where Chromium installs nothing: that one reason aside, none.
    await expect
      .poll(async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }).installabilityErrors.map((error) => error.errorId))
      .toEqual(['in-incognito']);
    page.removeAllListeners('request');
  }
});
