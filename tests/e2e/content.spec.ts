import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { codePagePaths } from '../../src/content/codePages';
import { localeCodes } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translations';
import { expectOnlyLocalRequests, hasHorizontalScroll, recordCspViolations, recordRequests } from './support';

const pagesDir = fileURLToPath(new URL('../../content/pages/', import.meta.url));
const pagePaths = [
  ...localeCodes.flatMap((lang) =>
    readdirSync(`${pagesDir}${lang}`).map((file) => {
      const slug = file.replace(/\.mdx?$/, '');
      return slug === 'index' ? `/${lang}/` : `/${lang}/${slug}/`;
    }),
  ),
  ...codePagePaths(),
];
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of pagePaths) {
  test(`${path} is accessible at 360 px and fits 320 px`, async ({ page }) => {
    const requests = recordRequests(page);
    const cspViolations = recordCspViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // Open every topic, so the check covers what is behind them too.
    for (const details of await page.locator('details').all()) await details.evaluate((element) => element.setAttribute('open', ''));
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(cspViolations).toEqual([]);
    expectOnlyLocalRequests(requests);
  });
}

test('a draft translation says so in its own language; the Dutch source does not', async ({ page }) => {
  await page.goto('/pl/cadeaupakket/');
  await expect(page.locator('main .draft-notice')).toHaveText(dictionaries.pl['draftNotice.text']!);
  await expect(page.locator('main .draft-notice')).toHaveCSS('display', 'block');
  await page.goto('/nl/cadeaupakket/');
  await expect(page.locator('.draft-notice')).toHaveCount(0);
});

test('Arabic pages mirror: navigation and lists start on the right', async ({ page }) => {
  for (const [lang, startsOn] of [['ar', 'right'], ['nl', 'left']] as const) {
    await page.goto(`/${lang}/vragen/`);
    const nav = await page.locator('nav.language-switcher ul').boundingBox();
    const firstLanguage = await page.locator('nav.language-switcher li').first().boundingBox();
    const main = await page.locator('main').boundingBox();
    const firstTopic = await page.locator('details summary').first().boundingBox();
    const quickExit = await page.locator('.help-lines .quick-exit__link').boundingBox();
    if (!nav || !firstLanguage || !main || !firstTopic || !quickExit) throw new Error('layout not found');
    const startGap = (box: { x: number; width: number }, container: { x: number; width: number }) =>
      startsOn === 'right' ? container.x + container.width - (box.x + box.width) : box.x - container.x;
    expect(startGap(firstLanguage, nav), `${lang}: first language at the ${startsOn}`).toBeLessThan(4);
    expect(startGap(firstTopic, main), `${lang}: topics at the ${startsOn}`).toBeLessThan(24);
    // The quick exit sits at the inline end: left in Arabic, right in Dutch.
    const endGap = startsOn === 'right' ? quickExit.x - main.x : main.x + main.width - (quickExit.x + quickExit.width);
    expect(endGap, `${lang}: quick exit at the end side`).toBeLessThan(40);
  }
});

test('the quick exit leaves for a neutral site and Back does not return to the page', async ({ page, context }) => {
  await context.route('https://www.buienradar.nl/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><h1>Het weer</h1>' }),
  );
  await page.goto('/nl/');
  await page.goto('/nl/vragen/#veiligheid');
  const topic = page.locator('details:has(#veiligheid)');
  await expect(topic).toHaveAttribute('open', '');
  await topic.getByRole('link', { name: 'Snel weg van deze pagina' }).click();
  await expect(page).toHaveURL('https://www.buienradar.nl/');
  await page.goBack();
  await expect(page).toHaveURL('/nl/');
});

test('the question navigator names who to contact first, tap to call, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/vragen/');
  await page.locator('details:has(#geld) summary').click();
  const topic = page.locator('details:has(#geld)');
  await expect(topic.getByRole('heading', { name: 'Sociaal werk Heusden (buurtteam)' })).toBeVisible();
  await expect(topic.getByRole('link', { name: /^Call 0416.345678$/ })).toHaveAttribute('href', 'tel:+31416345678');
  await expect(topic.getByRole('link', { name: /WhatsApp/ })).toHaveAttribute('href', 'https://wa.me/31623456789');
  const panel = page.locator('#direct-hulp');
  await expect(panel.locator('.help-line__name')).toHaveText([
    '112',
    'Veilig Thuis',
    '113 Zelfmoordpreventie',
    'Centrum Seksueel Geweld',
    'De Luisterlijn',
    'De Kindertelefoon',
  ]);
  await expect(panel.getByRole('link', { name: '113', exact: true })).toHaveAttribute('href', 'tel:113');
  await expect(panel.getByRole('link', { name: '0800-0113' })).toHaveAttribute('href', 'tel:+318000113');
  await expect(panel).toContainText('Numbers checked on');
  await context.close();
});

test('in Arabic text, "Hallo jij!" keeps its "!" on the right of the name', async ({ page }) => {
  for (const [path, selector] of [['/ar/', 'main .prose > p:not(.read-together)'], ['/ar/aanmelden/', 'h1'], ['/ar/', '.site-footer p']] as const) {
    await page.goto(path);
    const positions = await page.locator(selector).first().evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const start = node.data.indexOf('Hallo jij!');
        if (start < 0) continue;
        const x = (from: number) => {
          const range = document.createRange();
          range.setStart(node!, from);
          range.setEnd(node!, from + 1);
          return range.getBoundingClientRect().x;
        };
        return { name: x(start), bang: x(start + 9) };
      }
      return null;
    });
    expect(positions, `${path} ${selector} mentions Hallo jij!`).not.toBeNull();
    expect(positions!.bang, `${path} ${selector}`).toBeGreaterThan(positions!.name);
  }
});
