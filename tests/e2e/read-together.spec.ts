import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { dictionaries } from '../../src/i18n/translations';
import { hasHorizontalScroll } from './support';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Every side-by-side page the build made, as addresses. */
const readTogetherPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => /(^|\/)samen\/index\.html$/.test(file))
  .map((file) => `/${file.replace(/index\.html$/, '')}`)
  .sort();

test('there is a side-by-side view of every page for mothers in every language but Dutch', () => {
  // 8 pages for mothers (home, cadeaupakket, bijeen, vragen, ontmoeten, contact, privacy,
  // toegankelijkheid) in en, pl, tr, ar, ti; none for Dutch itself or for the referrers' page.
  expect(readTogetherPages).toHaveLength(40);
  expect(readTogetherPages.filter((path) => path.startsWith('/nl/') || path.includes('verwijzers'))).toEqual([]);
});

for (const lang of ['ar', 'ti'] as const) {
  const d = dictionaries[lang];
  test(`${lang}: "read alongside Dutch" opens each section next to the Dutch one, each column in its own language and direction`, async ({ page }) => {
    await page.goto(`/${lang}/privacy/`);
    await page.getByRole('link', { name: d['together.link']! }).click();
    await expect(page).toHaveURL(`/${lang}/privacy/samen/`);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

    const pairs = page.locator('.side-by-side__pair');
    await expect(pairs).toHaveCount(9); // the introduction and eight sections (with "Wat we tellen")
    for (const pair of await pairs.all()) {
      const [own, dutch] = await pair.locator(':scope > div').all();
      await expect(own!).toHaveAttribute('lang', lang);
      await expect(own!).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await expect(dutch!).toHaveAttribute('lang', 'nl');
      await expect(dutch!).toHaveAttribute('dir', 'ltr');
      // On a phone the Dutch section follows hers, not a whole page later.
      const [ownBox, dutchBox] = [await own!.boundingBox(), await dutch!.boundingBox()];
      expect(dutchBox!.y).toBeGreaterThanOrEqual(ownBox!.y + ownBox!.height);
    }
    await expect(page.getByText(d['together.notTranslated']!)).toHaveCount(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect((await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations).toEqual([]);
  });

  test(`${lang}: on a wide screen the two columns stand side by side, hers at the start`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${lang}/vragen/samen/`);
    const [own, dutch] = await page.locator('.side-by-side__pair').first().locator(':scope > div').all();
    const [ownBox, dutchBox] = [await own!.boundingBox(), await dutch!.boundingBox()];
    expect(Math.abs(ownBox!.y - dutchBox!.y)).toBeLessThan(2);
    if (lang === 'ar') expect(ownBox!.x).toBeGreaterThan(dutchBox!.x);
    else expect(ownBox!.x).toBeLessThan(dutchBox!.x);
  });
}

test('each side-by-side page pairs every section with its Dutch source, and the Dutch column speaks Dutch', async ({ page }) => {
  for (const path of readTogetherPages) {
    await page.goto(path);
    const pairs = await page.locator('.side-by-side__pair').evaluateAll((elements) =>
      elements.map((pair) => {
        const [own, dutch] = [...pair.children] as HTMLElement[];
        const ids = (column: HTMLElement | undefined) => [...(column?.querySelectorAll('h2[id]') ?? [])].map((h) => h.id);
        return { own: ids(own), dutch: ids(dutch).map((id) => id.replace(/^nl-/, '')), ownMissing: !!own?.querySelector('.side-by-side__missing') };
      }),
    );
    expect(pairs.length, path).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(pair.own, path).toEqual(pair.dutch);
      expect(pair.ownMissing, path).toBe(false);
    }
  }
  // Components in the Dutch column use Dutch strings, not the page's language.
  await page.goto('/ar/vragen/samen/');
  await expect(page.locator('[lang="nl"]').getByText(dictionaries.nl['topics.heading']!)).toBeVisible();
  await expect(page.locator('[lang="ar"]').getByText(dictionaries.ar['topics.heading']!, { exact: true })).toBeVisible();
});

test('the side-by-side view works without JavaScript, and Dutch pages have no link to it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/ti/cadeaupakket/');
  await page.getByRole('link', { name: dictionaries.ti['together.link']! }).click();
  await expect(page.locator('.side-by-side__pair')).toHaveCount(4);
  await page.goto('/nl/cadeaupakket/');
  await expect(page.locator('a[href$="/samen/"]')).toHaveCount(0);
  await page.goto('/en/verwijzers/');
  await expect(page.locator('a[href$="/samen/"]')).toHaveCount(0);
  await context.close();
});
