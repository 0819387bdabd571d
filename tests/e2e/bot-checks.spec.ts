import { expect, test } from '@playwright/test';
import { dictionaries } from '../../src/i18n/translations';
import { fillValidForm, names } from './signUpForm';
import { clientAddress, outbox } from './mailSink';

// The checks against bots never lose a person: nothing depends on the phone's clock, and a send
// that looks too fast gets the form back with a note, never a thank-you page without an e-mail.

test('a phone whose clock runs ten minutes fast signs up like any other: thank-you page and one team e-mail', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress() } });
  const page = await context.newPage();
  await page.clock.setSystemTime(new Date(Date.now() + 10 * 60_000));
  await page.goto('/nl/aanmelden/');
  await fillValidForm(page, 'nl');
  await page.waitForTimeout(3100);
  await page.getByRole('button', { name: dictionaries.nl['form.submit']! }).click();
  await expect(page).toHaveURL(/\/nl\/aanmelden\/bedankt\/\?ref=HJ-[A-Z2-9]{8}$/);
  const ref = new URL(page.url()).searchParams.get('ref')!;
  expect((await outbox()).filter((email) => email.body.subject.endsWith(ref))).toHaveLength(1);
  await context.close();
});

test('ti: sent faster than a person can: the form comes back with a note in Tigrinya and her answers; sent again, she is signed up', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress() } });
  const page = await context.newPage();
  const d = dictionaries.ti;
  // The page's clock stands still while the test types, as a bot's would: filling ten fields can
  // take more than 3 s on a busy machine, and then it is no longer faster than a person.
  await page.clock.install();
  await page.goto('/ti/aanmelden/');
  await page.clock.pauseAt(Date.now() + 1000);
  await fillValidForm(page, 'ti');
  await page.getByRole('button', { name: d['form.submit']! }).click();
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary.getByText(d['error.checkAgain']!)).toBeVisible();
  await expect(page.getByLabel(d['field.name.label']!)).toHaveValue(names.ti);
  expect(page.url()).toMatch(/\/ti\/aanmelden\/$/);
  await page.screenshot({ path: 'test-results/check-again-ti.png', fullPage: true });
  await page.getByRole('button', { name: d['form.submit']! }).click();
  await expect(page).toHaveURL(/\/ti\/aanmelden\/bedankt\/\?ref=HJ-[A-Z2-9]{8}$/);
  const ref = new URL(page.url()).searchParams.get('ref')!;
  expect((await outbox()).filter((email) => email.body.subject.endsWith(ref))).toHaveLength(1);
  await context.close();
});

test('the honeypot cannot be seen, reached or autofilled: it is not rendered at all', async ({ page }) => {
  await page.goto('/nl/aanmelden/');
  await expect(page.locator('input[name="website"]')).toBeHidden();
  expect(await page.locator('input[name="website"]').evaluate((input) => input.getClientRects().length)).toBe(0);
});
