import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { charactersInScript, scriptFonts, type ScriptFont } from '../../src/fonts/scriptFonts';
import { locales } from '../../src/i18n/locales';
import {
  expectOnlyLocalRequests,
  hasHorizontalScroll,
  recordCspViolations,
  recordRequests,
  renderedFonts,
} from './support';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const charactersInScriptText = (text: string, font: ScriptFont) =>
  [...text].filter((character) => font.ranges.some(([from, to]) => character.codePointAt(0)! >= from && character.codePointAt(0)! <= to)).length;
const scriptFamilies = { Arab: 'Noto Sans Arabic', Ethi: 'Noto Sans Ethiopic' } as const;

for (const locale of locales) {
  test.describe(`home page in ${locale.code}`, () => {
    test('has the right lang and dir, fits 360 and 320 px, loads nothing from elsewhere', async ({ page }) => {
      const requests = recordRequests(page);
      const cspViolations = recordCspViolations(page);
      const response = await page.goto(`/${locale.code}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.locator('html')).toHaveAttribute('dir', locale.code === 'ar' ? 'rtl' : 'ltr');
      await expect(page.locator('h1')).toBeVisible();
      expect(await hasHorizontalScroll(page)).toBe(false);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await hasHorizontalScroll(page)).toBe(false);
      expectOnlyLocalRequests(requests);
      expect(cspViolations).toEqual([]);
    });

    test('language switcher leads to this page in every other language', async ({ page, request }) => {
      await page.goto(`/${locale.code}/`);
      const switcher = page.locator('nav.language-switcher');
      await expect(switcher.locator('[aria-current="true"]')).toHaveAttribute('lang', locale.code);
      const links = switcher.locator('a');
      await expect(links).toHaveCount(locales.length - 1);
      for (const other of locales.filter((candidate) => candidate.code !== locale.code)) {
        const link = switcher.locator(`a[hreflang="${other.code}"]`);
        await expect(link).toHaveAttribute('href', `/${other.code}/`);
        await expect(link).toHaveAttribute('lang', other.code);
        await expect(link).toHaveAccessibleName(other.name);
        const target = await request.get(`/${other.code}/`);
        expect(target.status()).toBe(200);
        expect(await target.text()).toContain(`<html lang="${other.code}"`);
      }
      await switcher.locator(`a[hreflang="${locale.code === 'nl' ? 'en' : 'nl'}"]`).click();
      await expect(page).toHaveURL(`/${locale.code === 'nl' ? 'en' : 'nl'}/`);
    });

    test('has no WCAG 2.2 A/AA violations', async ({ page }) => {
      await page.goto(`/${locale.code}/`);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });

    test('draws its text with the right font', async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto(`/${locale.code}/`);
      await page.evaluate(() => document.fonts.ready);
      const fontRequests = requests.filter((request) => request.type === 'font');
      if (locale.script === 'Latn') {
        expect(fontRequests, 'a Latin-script page downloads no font').toEqual([]);
        return;
      }
      expect(fontRequests.length).toBeGreaterThan(0);
      const family = scriptFamilies[locale.script];
      const scriptFont = scriptFonts.find((font) => font.script === locale.script)!;
      // Every character of the script must come from the self-hosted font: a glyph the subset
      // lacks would fall back to a system font (boxes on a phone without one).
      for (const selector of ['h1', 'main li', 'nav.language-switcher [aria-current]', '.site-footer p']) {
        const text = (await page.locator(selector).first().textContent()) ?? '';
        const otherCharacters = [...text].length - charactersInScriptText(text, scriptFont);
        const fonts = await renderedFonts(page, selector);
        const selfHosted = fonts.find((font) => font.familyName === family);
        expect(selfHosted?.isCustomFont, `${selector} drawn with the self-hosted ${family}`).toBe(true);
        const drawnByOthers = fonts.filter((font) => font !== selfHosted).reduce((sum, font) => sum + font.glyphCount, 0);
        expect(drawnByOthers, `${selector}: glyphs drawn by other fonts ${JSON.stringify(fonts)}`).toBeLessThanOrEqual(otherCharacters);
      }
    });

    test('lays out no letters of a script it has no font for', async ({ page }) => {
      // Even visually hidden text is laid out: for letters the page's fonts lack, her phone
      // searches every font it has (slow, and boxes where it finds none). Names in such a
      // script are drawn, with the name as the drawing's title (its accessible name).
      for (const slug of ['', 'aanmelden/', 'vragen/', 'verwijzers/']) {
        await page.goto(`/${locale.code}/${slug}`);
        const laidOutText = await page.evaluate(() => {
          const texts: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            if (range.getClientRects().length > 0) texts.push(node.textContent ?? '');
          }
          return texts.join(' ');
        });
        for (const font of scriptFonts.filter((candidate) => candidate.script !== locale.script)) {
          const foreign = String.fromCodePoint(...charactersInScript(laidOutText, font));
          expect(foreign, `${font.script} letters laid out on /${locale.code}/${slug}`).toBe('');
        }
      }
      // Their names still reach screen readers, in their own language.
      for (const other of locales.filter((candidate) => candidate.script !== 'Latn' && candidate.script !== locale.script)) {
        await expect(page.locator('nav.language-switcher').getByRole('link', { name: other.name, exact: true })).toHaveAttribute('lang', other.code);
      }
    });
  });
}

test('the language chooser works without JavaScript and shows every language in its own script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const requests = recordRequests(page);
  await page.goto('/');
  const links = page.locator('.chooser__list a');
  await expect(links).toHaveCount(6);
  for (const locale of locales) {
    const link = page.locator(`.chooser__list a[hreflang="${locale.code}"]`);
    await expect(link).toHaveAccessibleName(locale.name);
    await expect(link).toHaveAttribute('href', `/${locale.code}/`);
    const box = await link.boundingBox();
    expect(box?.height, 'large tap target').toBeGreaterThanOrEqual(48);
    if (locale.script !== 'Latn') await expect(link.locator('svg path')).toBeVisible();
  }
  expect(requests.filter((request) => request.type === 'font')).toEqual([]);
  await page.locator('.chooser__list a[hreflang="ti"]').click();
  await expect(page).toHaveURL('/ti/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ti');
  expectOnlyLocalRequests(requests);
  await context.close();
});

test('the chooser highlights the browser language without redirecting', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'tr-TR' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL('/');
  await expect(page.locator('.chooser__list a[hreflang="tr"]')).toHaveClass(/is-suggested/);
  await expect(page.locator('.chooser__list a.is-suggested')).toHaveCount(1);
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await context.close();
});

test('head names the canonical address, every translation and x-default', async ({ page }) => {
  await page.goto('/pl/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/pl\/$/);
  for (const locale of locales) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${locale.code}"]`)).toHaveAttribute(
      'href',
      new RegExp(`/${locale.code}/$`),
    );
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/\/[^/]+\/$/);
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/nl/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Ga naar de inhoud' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the urgent-help strip offers 112 and Veilig Thuis, tap to call, in the page language', async ({ page }) => {
  await page.goto('/en/');
  const strip = page.getByRole('complementary', { name: 'Need help right now?' });
  await expect(strip.getByRole('link', { name: /^112 ?, emergency/ })).toHaveAttribute('href', 'tel:112');
  await expect(strip.getByRole('link', { name: /^Veilig Thuis 0800-2000 ?, violence or worries about safety at home/ })).toHaveAttribute(
    'href',
    'tel:+318002000',
  );
});

test('the footer links to privacy, accessibility, contact and referrers in the page language', async ({ page }) => {
  await page.goto('/tr/');
  const footer = page.getByRole('navigation', { name: 'Bu web sitesi hakkında' });
  await expect(footer.getByRole('link', { name: 'Gizlilik' })).toHaveAttribute('href', '/tr/privacy/');
  await expect(footer.getByRole('link', { name: 'Erişilebilirlik' })).toHaveAttribute('href', '/tr/toegankelijkheid/');
  await expect(footer.getByRole('link', { name: 'İletişim' })).toHaveAttribute('href', '/tr/contact/');
  // The page for referrers exists in Dutch and English; other languages lead to the Dutch one.
  await expect(footer.getByRole('link', { name: 'Yönlendiren uzmanlar için' })).toHaveAttribute('href', '/nl/verwijzers/');
  await page.goto('/en/');
  await expect(page.locator('.site-footer').getByRole('link', { name: 'For referrers' })).toHaveAttribute('href', '/en/verwijzers/');
});

for (const [lang, title] of [
  ['ar', 'هذه الصفحة غير موجودة'],
  ['ti', 'እዚ ገጽ የለን'],
  ['nl', 'Deze pagina bestaat niet'],
] as const) {
  test(`a missing page under /${lang}/ answers 404 in that language`, async ({ page }) => {
    const response = await page.goto(`/${lang}/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.getByRole('link', { name: /./ }).filter({ hasText: /./ }).first()).toBeVisible();
  });
}

test('a missing page outside the language folders answers 404 with every language', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main a[hreflang]')).toHaveCount(6);
});

test('static pages carry the security headers; functions set their own', async ({ request }) => {
  const page = await request.get('/ar/');
  const headers = page.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['strict-transport-security']).toMatch(/max-age=31536000/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['set-cookie']).toBeUndefined();
  const api = await request.get('/api/health');
  expect(api.headers()['cache-control']).toBe('no-store');
  // Health also says how the team's e-mail leaves (issue 21): sealed with the test server's key.
  expect(await api.json()).toMatchObject({ ok: true, teamMail: 'sealed', keys: 1 });
  const securityTxt = await request.get('/.well-known/security.txt');
  expect(await securityTxt.text()).toMatch(/^Contact: /m);
});

test('the sitemap lists every home page with all its alternates', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const locale of locales) {
    const entry = new RegExp(`<url><loc>[^<]*/${locale.code}/</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
    for (const other of locales) expect(entry).toContain(`hreflang="${other.code}" href="`);
    expect(entry).toContain('hreflang="x-default"');
  }
  expect(sitemap).not.toContain('404');
  // Pages that say noindex are not offered to search engines either.
  expect(sitemap).not.toMatch(/\/(bedankt|ontvangen|uitkomst)\//);
  expect(sitemap).toContain('/ti/hoe-gaat-het/</loc>');
});
