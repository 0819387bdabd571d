import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { dictionaries } from '../../src/i18n/translations';
import { clientAddress, outbox } from './mailSink';
import { renderedFonts } from './support';
import { fillValidForm, names } from './signUpForm';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
for (const lang of ['nl', 'ar', 'ti'] as const) {
  for (const javaScriptEnabled of [false, true]) {
    const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
    test(`${lang}: signs up ${mode}; the team e-mail arrives once`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 }, extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress() } });
      const page = await context.newPage();
      const d = dictionaries[lang];
      await page.goto(`/${lang}/aanmelden/`);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await fillValidForm(page, lang);
      // A person needs a few seconds; faster than that counts as a bot (JavaScript measures it).
      if (javaScriptEnabled) await page.waitForTimeout(3100);
      await page.getByRole('button', { name: d['form.submit']! }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/aanmelden/bedankt/\\?ref=HJ-[A-Z2-9]{8}$`));
      await expect(page.locator('h1')).toHaveText(d['thanks.title']!);
      const ref = new URL(page.url()).searchParams.get('ref')!;
      if (javaScriptEnabled) await expect(page.locator('[data-reference-value]')).toHaveText(ref);
      const teamEmails = (await outbox()).filter((email) => email.body.subject.endsWith(ref));
      expect(teamEmails).toHaveLength(1);
      expect(teamEmails[0]!.body.text).toContain(`Naam: ${names[lang]}`);
      await context.close();
    });

    test(`${lang}: an invalid submit ${mode} shows the error summary, keeps the answers, and is accessible`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 }, extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress() } });
      const page = await context.newPage();
      const d = dictionaries[lang];
      await page.goto(`/${lang}/aanmelden/`);
      // axe runs in the page, so it checks the JavaScript run; without JavaScript the server sends the same markup.
      if (javaScriptEnabled) {
        const before = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        expect(before.violations.map((violation) => violation.id)).toEqual([]);
      }
      await page.getByLabel(d['field.name.label']!).fill(names[lang]);
      await page.getByLabel(d['field.phone.label']!).fill('123');
      await page.getByLabel(d['field.message.label']!).fill('<b>niet vet</b>');
      await page.getByRole('button', { name: d['form.submit']! }).click();
      const summary = page.locator('[data-error-summary]');
      await expect(summary).toBeVisible();
      await expect(summary.getByRole('link', { name: d['error.phone.invalid']! })).toHaveAttribute('href', '#field-phone');
      await expect(summary.getByRole('link', { name: d['error.consent.required']! })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${d['form.errorTitlePrefix']!}`));
      await expect(page.getByLabel(d['field.name.label']!)).toHaveValue(names[lang]);
      await expect(page.getByLabel(d['field.phone.label']!)).toHaveValue('123');
      await expect(page.getByLabel(d['field.message.label']!)).toHaveValue('<b>niet vet</b>');
      await expect(page.locator('#phone-error')).toContainText(d['error.phone.invalid']!);
      await expect(page.getByLabel(d['field.phone.label']!)).toHaveAttribute('aria-invalid', 'true');
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await summary.getByRole('link', { name: d['error.phone.invalid']! }).click();
      await expect(page.getByLabel(d['field.phone.label']!)).toBeFocused();
      if (javaScriptEnabled) {
        const after = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        expect(after.violations.map((violation) => violation.id)).toEqual([]);
      }
      await context.close();
    });
  }
}

test('form controls and language options render in their own script on a device without the fonts', async ({ page }) => {
  // Buttons do not inherit the page font by default: Tigrinya on the submit button showed boxes.
  await page.goto('/ti/aanmelden/');
  await page.evaluate(() => document.fonts.ready);
  const fonts = await renderedFonts(page, 'button[type="submit"]');
  expect(fonts.find((font) => font.familyName === 'Noto Sans Ethiopic')?.isCustomFont).toBe(true);
  // On the Arabic page the Tigrinya option is drawn (no Ethiopic font there), with its name for screen readers.
  await page.goto('/ar/aanmelden/');
  await expect(page.locator('label[for="field-talkLanguage-ti"] svg path')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'ትግርኛ' })).toHaveCount(1);
});
