import { expect, test } from '@playwright/test';
import { dictionaries } from '../../src/i18n/translations';
import { referenceFor } from '../../src/submissions/reference';
import { fillValidForm } from './signUpForm';
import {
  clearFaults,
  clientAddress,
  eventually,
  inPool,
  injectFaults,
  keyOf,
  outboxFor,
  postJson,
  secondChannel,
  uniquePrefix,
  validSignUp,
} from './mailSink';

// The outbox against the running Worker: real local Cloudflare Queues in `wrangler dev`, the real
// Resend SDK, the stand-in made to fail. The test server retries on a schedule of seconds
// (OUTBOX_RETRY_DELAYS in playwright.config.ts) instead of hours.

/** The received page's urgent line in `lang`, the team's numbers as the page writes them: non-breaking hyphens (U+2011), isolated. */
const urgentLine = (lang: 'ar') =>
  dictionaries[lang]['received.urgent']!.replace('{{phone}}', '\u20660416\u2011123456\u2069').replace('{{whatsapp}}', '\u206606\u201112345678\u2069');

const teamKeysOf = async (prefix: string) =>
  (await outboxFor(prefix)).filter((email) => /:team(:|$)/.test(email.idempotencyKey ?? '')).map((email) => email.idempotencyKey!);

test.describe('when Resend is down', () => {
  test('down for a while as 100 mothers sign up, then back: nobody sees a 5xx, each reaches the team exactly once', async () => {
    test.setTimeout(180_000);
    const prefix = uniquePrefix();
    await injectFaults({ mode: 'network', rate: 1, keyPrefix: `registration:${prefix}`, forSeconds: 6 });
    const signUps = Array.from({ length: 100 }, () => validSignUp(prefix));
    const statuses = await inPool(signUps, 25, async (signUp) => (await postJson(signUp)).status);
    expect(statuses.filter((status) => status !== 200 && status !== 202)).toEqual([]);
    const keys = await eventually(() => teamKeysOf(prefix), (found) => found.length >= 100, 90_000);
    const expected = signUps.map((signUp) => keyOf('registration', signUp.submissionId, 'team'));
    const delivered = expected.filter((key) => keys.includes(key));
    const figures = {
      signedUp: signUps.length,
      sent: statuses.filter((status) => status === 200).length,
      queued: statuses.filter((status) => status === 202).length,
      deliveredOnce: delivered.filter((key) => keys.filter((found) => found === key).length === 1).length,
      lost: expected.length - delivered.length,
      doubled: keys.length - new Set(keys).size,
    };
    console.log(`outage window: ${JSON.stringify(figures)}`);
    expect(figures.queued, 'the outage was felt').toBeGreaterThan(0);
    expect(figures).toMatchObject({ deliveredOnce: 100, lost: 0, doubled: 0 });
  });

  test('down longer than the whole retry schedule: every sign-up reaches the team once, through the second channel', async () => {
    test.setTimeout(180_000);
    const prefix = uniquePrefix();
    await injectFaults({ mode: 'server_error', rate: 1, keyPrefix: `registration:${prefix}` });
    const signUps = Array.from({ length: 10 }, (_, index) => validSignUp(prefix, index % 2 ? { email: `moeder${index}@example.org` } : {}));
    const answers = await inPool(signUps, 10, async (signUp) => {
      const response = await postJson(signUp);
      return { status: response.status, body: (await response.json()) as { ref: string; queued?: boolean } };
    });
    expect(answers.map(({ status }) => status)).toEqual(signUps.map(() => 202));
    const refs = await Promise.all(signUps.map((signUp) => referenceFor(`registration:${String(signUp.submissionId)}`)));
    expect(answers.map(({ body }) => body.ref)).toEqual(refs);
    const mine = async () => (await secondChannel()).filter((email) => refs.some((ref) => email.subject.includes(ref)));
    const delivered = await eventually(mine, (emails) => emails.length >= 10, 120_000);
    await clearFaults(`registration:${prefix}`);
    for (const ref of refs) expect(delivered.filter((email) => email.subject.includes(ref)), ref).toHaveLength(1);
    for (const email of delivered) {
      expect(email.to).toEqual(['team@example.org']);
      expect(email.subject).toMatch(/^\[Reserveroute\] Nieuwe aanmelding Hallo jij! HJ-/);
      expect(email.text).toContain('Via de reserveroute');
      expect(email.text).toContain('Neem contact op via bellen');
    }
    // Those who gave an e-mail address: the team is told that her confirmation did not go (without
    // her address: that line travels in clear, issue 21; the address is in the sealed e-mail).
    expect(delivered.filter((email) => email.text.includes('De bevestiging per e-mail is niet verstuurd'))).toHaveLength(5);
    expect(await outboxFor(prefix), 'nothing through Resend').toEqual([]);
  });

  test('her own confirmation follows the team e-mail once Resend is back', async () => {
    const prefix = uniquePrefix();
    await injectFaults({ mode: 'network', rate: 1, keyPrefix: `registration:${prefix}`, forSeconds: 4 });
    const signUp = validSignUp(prefix, { email: 'amina@example.org', lang: 'ti' });
    expect((await postJson(signUp)).status).toBe(202);
    const emails = await eventually(() => outboxFor(prefix), (found) => found.length >= 2, 40_000);
    expect(emails.map((email) => email.idempotencyKey)).toEqual([
      keyOf('registration', signUp.submissionId, 'team'),
      keyOf('registration', signUp.submissionId, 'receipt'),
    ]);
    expect(emails[1]!.body.to).toEqual(['amina@example.org']);
  });

  test('in the browser: she sees that her sign-up is safe, in Arabic, with the reference and the number to call', async ({ browser }) => {
    const prefix = uniquePrefix();
    const context = await browser.newContext({ locale: 'ar', extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress() } });
    const page = await context.newPage();
    await page.goto('/ar/aanmelden/');
    await fillValidForm(page, 'ar');
    await page.evaluate((id) => {
      (document.querySelector('input[name="submissionId"]') as HTMLInputElement).value = id;
    }, `${prefix}-browser`);
    await injectFaults({ mode: 'server_error', rate: 1, keyPrefix: `registration:${prefix}`, forSeconds: 8 });
    await page.waitForTimeout(3100);
    await page.getByRole('button', { name: dictionaries.ar['form.submit']! }).click();
    await expect(page).toHaveURL(/\/ar\/aanmelden\/ontvangen\/\?ref=HJ-[A-Z2-9]{8}$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dictionaries.ar['received.title']!);
    await expect(page.getByText(dictionaries.ar['received.text']!)).toBeVisible();
    const ref = referenceFor(`registration:${prefix}-browser`);
    await expect(page.getByText(ref)).toBeVisible();
    await expect(page.getByText(urgentLine('ar'))).toBeVisible();
    await page.screenshot({ path: 'test-results/received-ar.png', fullPage: true });
    const keys = await eventually(() => teamKeysOf(prefix), (found) => found.length >= 1, 40_000);
    expect(keys).toEqual([keyOf('registration', `${prefix}-browser`, 'team')]);
    await context.close();
  });
});

test("the received page names the team's phone number for calling and its WhatsApp number for WhatsApp", async ({ page }) => {
  // Non-breaking hyphens (U+2011) keep each number on one line; in Arabic each number is isolated (U+2066 … U+2069).
  const urgent = {
    nl: 'Is het dringend? Bel ons op 0416\u2011123456 of stuur een WhatsApp-bericht naar 06\u201112345678.',
    ar: 'هل الأمر عاجل؟ اتصلي بنا على الرقم \u20660416\u2011123456\u2069، أو راسلينا على واتساب على الرقم \u206606\u201112345678\u2069.',
  };
  for (const [lang, line] of Object.entries(urgent)) {
    await page.goto(`/${lang}/aanmelden/ontvangen/`);
    await expect(page.locator('p > strong').filter({ hasText: '123456' })).toHaveText(line);
  }
});

test.describe('the same submission sent again', () => {
  test('changed answers under a used id: one e-mail marked as a correction; identical repeats send nothing new; never a 5xx', async () => {
    const prefix = uniquePrefix();
    const original = validSignUp(prefix);
    const corrected = { ...original, phone: '06 87654321' };
    const statuses = [];
    for (const body of [original, original, corrected, corrected, original]) statuses.push((await postJson(body)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const emails = await outboxFor(prefix);
    expect(emails.map((email) => email.body.subject)).toEqual([
      `Nieuwe aanmelding Hallo jij! ${referenceFor(`registration:${String(original.submissionId)}`)}`,
      `Correctie: Nieuwe aanmelding Hallo jij! ${referenceFor(`registration:${String(original.submissionId)}`)}`,
    ]);
    expect(emails[1]!.body.text).toContain('+31687654321');
    expect(emails[1]!.body.text).toMatch(/^Correctie: de gegevens zijn gewijzigd. Ze zijn verstuurd op \d+ \p{L}+ 20\d\d/u);
  });

  test('200 concurrent double submits under 30% faults, some with changed answers: no 5xx, one team e-mail each (plus one correction where changed)', async () => {
    test.setTimeout(180_000);
    const prefix = uniquePrefix();
    const signUps = Array.from({ length: 100 }, () => validSignUp(prefix));
    const changed = signUps.slice(0, 20).map((signUp) => ({ ...signUp, route: 'other', routeOther: 'Verloskundigenpraktijk De Linde' }));
    await injectFaults({ mode: 'server_error', rate: 0.3, keyPrefix: `registration:${prefix}` });
    const first = await inPool([...signUps, ...signUps], 50, async (signUp) => (await postJson(signUp)).status);
    const second = await inPool(changed, 20, async (signUp) => (await postJson(signUp)).status);
    await clearFaults(`registration:${prefix}`);
    expect([...first, ...second].filter((status) => status !== 200 && status !== 202)).toEqual([]);
    const keys = await eventually(() => teamKeysOf(prefix), (found) => found.length >= 120, 90_000);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((key) => key.endsWith(':team'))).toHaveLength(100);
    expect(keys.filter((key) => !key.endsWith(':team'))).toHaveLength(20);
  });
});
