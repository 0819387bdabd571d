import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translations';
import { useTranslations } from '../../src/i18n/useTranslations';
import { clearFaults, clientAddress, eventually, inPool, injectFaults, keyOf, outbox, outboxFor, postTo, siteUrl, uniquePrefix, validCallback } from './mailSink';

const naughtyStrings: string[] = createRequire(import.meta.url)('big-list-of-naughty-strings');
const site = 'https://hallojij.heusden.nl';

test.describe('POST /api/callback', () => {
  test('guards: 405, 415, 413, 403 and 429, each with its message, worded for a professional', async () => {
    expect((await fetch(`${siteUrl}/api/callback?lang=en`)).status).toBe(405);
    expect((await fetch(`${siteUrl}/api/callback`, { method: 'POST', headers: { 'Content-Type': 'multipart/form-data' }, body: 'x' })).status).toBe(415);
    expect((await postTo('/api/callback', validCallback(uniquePrefix(), { note: 'x'.repeat(17_000) }))).status).toBe(413);
    const crossSite = await postTo('/api/callback', validCallback(uniquePrefix(), { lang: 'en' }), { Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).message).toBe(dictionaries.en['callbackError.crossSite']);
    const address = clientAddress();
    for (let i = 0; i < 10; i += 1) await postTo('/api/callback', { lang: 'nl' }, { 'CF-Connecting-IP': address });
    const limited = await postTo('/api/callback', { lang: 'nl' }, { 'CF-Connecting-IP': address });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await limited.json()).message).toBe(dictionaries.nl['callbackError.rateLimited']);
  });

  test('a request reaches the team once, with a receipt to the referrer that leaves out the family phone', async () => {
    const prefix = uniquePrefix();
    const request = validCallback(prefix, { lang: 'en', bestTime: 'after 3 pm', note: 'Prefers Tigrinya' });
    const first = await postTo('/api/callback', request);
    const again = await postTo('/api/callback', request);
    const { ref } = await first.json();
    expect(await again.json()).toEqual({ ok: true, ref });
    const emails = await outboxFor(prefix);
    expect(emails.map((email) => email.idempotencyKey).sort()).toEqual([keyOf('callback', request.submissionId, 'receipt'), keyOf('callback', request.submissionId, 'team')]);
    const team = emails.find((email) => email.idempotencyKey?.endsWith(':team'))!;
    expect(team.body.to).toEqual(['coordinator@example.org']);
    expect(team.body.subject).toBe(`Terugbelverzoek Hallo jij! ${ref}`);
    expect(team.body.text).toContain('Bel Amina Tesfay op +31623456789, in het Tigrinya.');
    const receipt = emails.find((email) => email.idempotencyKey?.endsWith(':receipt'))!;
    expect(receipt.body.to).toEqual(['joke@praktijk.example']);
    expect(receipt.body.text).toContain(ref);
    expect(receipt.body.text).not.toContain('23456789');
    expect(receipt.body.text).not.toContain('Amina');
  });

  test('an invalid request answers 422 with every error in the referrer language', async () => {
    const response = await postTo('/api/callback', { lang: 'en', motherPhone: '123' });
    expect(response.status).toBe(422);
    const { errors } = await response.json();
    expect(Object.keys(errors)).toEqual(['referrerName', 'referrerOrganisation', 'referrerRole', 'referrerEmail', 'motherName', 'motherPhone', 'callLanguage', 'leaveMessage', 'consent']);
    expect(errors.consent).toBe(dictionaries.en['error.callbackConsent.required']);
  });

  test('400+ hostile inputs per field never give a 5xx, and what is accepted is escaped', async () => {
    test.setTimeout(240_000);
    const prefix = uniquePrefix();
    const inputs = [...naughtyStrings, 'x'.repeat(3000), '\u202Eevil', 'a\r\nBcc: b@example.org', '<script>alert(1)</script>'];
    const fields = ['referrerName', 'referrerOrganisation', 'referrerRole', 'referrerEmail', 'referrerPhone', 'motherName', 'motherPhone', 'callLanguage', 'bestTime', 'leaveMessage', 'note'];
    const cases = fields.flatMap((field) => inputs.map((value, index) => ({ field, value, id: `${prefix}-${field}-${index}` })));
    expect(inputs.length).toBeGreaterThanOrEqual(400);
    const statuses = await inPool(cases, 16, async ({ field, value, id }) => {
      const response = await postTo('/api/callback', validCallback(prefix, { [field]: value, submissionId: id }));
      await response.arrayBuffer();
      return response.status;
    });
    expect(statuses.filter((status) => status >= 500 || (status >= 300 && status < 400))).toEqual([]);
    for (const email of await outboxFor(prefix)) {
      expect(email.body.subject).not.toMatch(/[\r\n]/);
      expect(email.body.html).not.toMatch(/<(script|img|iframe|svg)/i);
    }
  });

  test('100 concurrent double submits, and 30% mail failures: no 5xx, exactly one team e-mail each', async () => {
    test.setTimeout(180_000);
    const prefix = uniquePrefix();
    const requests = Array.from({ length: 100 }, () => validCallback(prefix));
    await injectFaults({ mode: 'server_error', rate: 0.3, keyPrefix: `callback:${prefix}` });
    const statuses = await inPool([...requests, ...requests], 40, async (request) => (await postTo('/api/callback', request)).status);
    await clearFaults(`callback:${prefix}`);
    expect(statuses.filter((status) => status !== 200 && status !== 202)).toEqual([]);
    const teamKeys = await eventually(
      async () => (await outboxFor(prefix)).filter((email) => email.idempotencyKey?.endsWith(':team')).map((email) => email.idempotencyKey),
      (keys) => keys.length >= 100,
    );
    expect(teamKeys.sort()).toEqual(requests.map((request) => keyOf('callback', request.submissionId, 'team')).sort());
    console.log(`callback double submits under 30% faults: ${statuses.filter((s) => s === 200).length} × 200, ${statuses.filter((s) => s === 202).length} × 202 queued`);
  });
});

for (const lang of ['nl', 'en'] as const) {
  for (const javaScriptEnabled of [false, true]) {
    test(`${lang}: a referrer sends a callback request ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress() } });
      const page = await context.newPage();
      const d = dictionaries[lang];
      await page.goto(`/${lang}/verwijzers/`);
      const form = page.locator('form[data-form="callback"]');
      await form.getByRole('button', { name: d['callback.submit']! }).click();
      await expect(page.locator('[data-error-summary]').first()).toBeVisible();
      await expect(page.getByRole('link', { name: d['error.motherPhone.required']! })).toHaveAttribute('href', '#field-motherPhone');
      await page.getByLabel(d['field.referrerName.label']!).fill('Joke');
      await page.getByLabel(d['field.referrerOrganisation.label']!).fill('Praktijk Drunen');
      await page.getByLabel(d['field.referrerRole.midwife']!, { exact: true }).check();
      await page.getByLabel(d['field.referrerEmail.label']!).fill('joke@praktijk.example');
      await page.getByLabel(d['field.motherName.label']!).fill('Amina');
      await page.getByLabel(d['field.motherPhone.label']!).fill('06 23456789');
      await page.locator('#field-callLanguage-ti').check();
      await page.getByLabel(d['field.leaveMessage.no']!, { exact: true }).check();
      await page.getByLabel(d['field.callbackConsent.label']!).check();
      if (javaScriptEnabled) {
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
        await page.waitForTimeout(3100);
      }
      await page.locator('form[data-form="callback"]').getByRole('button', { name: d['callback.submit']! }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/verwijzers/bedankt/\\?ref=HJ-`));
      await expect(page.locator('h1')).toHaveText(d['callbackThanks.title']!);
      const ref = new URL(page.url()).searchParams.get('ref')!;
      expect((await outbox()).filter((email) => email.body.subject === `Terugbelverzoek Hallo jij! ${ref}`)).toHaveLength(1);
      await context.close();
    });
  }
}

test.describe('links, QR codes and folders per language', () => {
  test('each QR code on the page for referrers decodes to that language\'s address', async ({ browser }) => {
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto('/nl/verwijzers/');
    for (const locale of locales) {
      const item = page.locator(`.referrer-link[data-locale="${locale.code}"]`);
      const png = PNG.sync.read(await item.locator('svg.qr-code').screenshot());
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data, locale.code).toBe(`${site}/${locale.code}/`);
      const share = new URL((await item.getByRole('link', { name: dictionaries.nl['referrers.shareWhatsApp']! }).getAttribute('href'))!);
      expect(share.origin).toBe('https://wa.me');
      expect(share.searchParams.get('text')).toBe(useTranslations(locale.code)('referrers.shareText', { url: `${site}/${locale.code}/` }));
      await expect(item.getByRole('link', { name: dictionaries.nl['referrers.folder']! })).toHaveAttribute('href', `/${locale.code}/folder/`);
    }
    await context.close();
  });

  test('"copy link" puts the address on the clipboard', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/en/verwijzers/');
    const item = page.locator('.referrer-link[data-locale="ar"]');
    await item.getByRole('button', { name: dictionaries.en['referrers.copyLink']! }).click();
    await expect(item.getByRole('button', { name: dictionaries.en['referrers.copied']! })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/ar/`);
    await context.close();
  });

  for (const locale of locales) {
    test(`the ${locale.code} folder prints as exactly one A4 page, with a QR code to /${locale.code}/`, async ({ browser }) => {
      const context = await browser.newContext({ deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(`/${locale.code}/folder/`);
      await page.evaluate(() => document.fonts.ready);
      const png = PNG.sync.read(await page.locator('.folder svg.qr-code').screenshot());
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`${site}/${locale.code}/`);
      await expect(page.locator('.folder__referrer')).toHaveAttribute('lang', 'nl');
      // The number to call and the number for WhatsApp, each named for what it takes.
      await expect(page.locator('.folder__phone')).toContainText(`${dictionaries[locale.code]['folder.phone']} 0416-123456`);
      await expect(page.locator('.folder__phone')).toContainText(`${dictionaries[locale.code]['folder.whatsapp']} 06-12345678`);
      // Its script runs (it stands inside the body): the print button shows.
      await expect(page.getByRole('button', { name: dictionaries[locale.code]['folder.print']! })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, 'pages').toBe(1);
      const [width, height] = (/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? []).slice(1).map(Number);
      expect(Math.abs(width! - 595.3), 'A4 width in points').toBeLessThan(2);
      expect(Math.abs(height! - 841.9), 'A4 height in points').toBeLessThan(2);
      await context.close();
    });
  }
});
