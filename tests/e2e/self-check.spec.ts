import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import topics from '../../content/data/topics.json' with { type: 'json' };
import { dictionaries } from '../../src/i18n/translations';
import { areaIds, questionField, questionIds } from '../../src/selfCheck/areas';
import { clientAddress, outbox, siteUrl, uniquePrefix, validSignUp, postJson } from './mailSink';
import { fillValidForm } from './signUpForm';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// Whole journeys of several pages (and axe on four pages): more than the default 30 s on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });
/** Her answers, question by question (1 = not good … 5 = very good): body 4.5, feelings 2, meaning 3, quality 4.5, taking part 3.5, daily life 1.5. */
const answers = [4, 5, 2, 2, 3, 3, 5, 4, 3, 4, 2, 1];
const dutchTitle = (id: string) => topics.find((topic) => topic.id === id)!.title.nl;

/** Answers every question of the self-check page, without JavaScript: plain radio buttons. */
async function answerSelfCheck(page: Page) {
  const groups = page.locator('.scale');
  await expect(groups).toHaveCount(questionIds.length);
  for (const [index, value] of answers.entries()) await groups.nth(index).locator(`input[value="${value}"]`).check();
}

/** A self-check posted as a form, as a browser would, from a client of its own. */
function postSelfCheck(fields: [string, string][], lang = 'nl', contentType = 'application/x-www-form-urlencoded') {
  return fetch(`${siteUrl}/api/self-check?lang=${lang}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, 'CF-Connecting-IP': clientAddress() },
    body: new URLSearchParams(fields).toString(),
  });
}
const allAnswered = (value = '3'): [string, string][] => questionIds.map((id) => [questionField(id), value]);

for (const lang of ['ti', 'ar'] as const) {
  test(`${lang}: without JavaScript she chooses two topics, fills in the self-check and adds it to her sign-up; the team reads both in Dutch`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress() } });
    const page = await context.newPage();
    const d = dictionaries[lang];
    await page.goto(`/${lang}/aanmelden/`);
    await page.getByRole('link', { name: d['signUp.selfCheckLink']! }).click();
    await expect(page).toHaveURL(`/${lang}/hoe-gaat-het/`);
    await expect(page.locator('h1')).toHaveText(d['selfCheck.title']!);
    await answerSelfCheck(page);
    await page.getByRole('button', { name: d['selfCheck.submit']! }).click();

    // Her result: the picture with her scores, where it goes best, topics to talk about.
    await expect(page.locator('h1')).toHaveText(d['selfCheck.result.title']!);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    const chart = page.getByRole('img', { name: new RegExp(d['selfCheck.area.body']!) });
    await expect(chart).toBeVisible();
    await expect(page.locator('[data-area-score="body"]')).toHaveText('4.5');
    await expect(page.locator('[data-area-score="dailyLife"]')).toHaveText('1.5');
    await expect(page.locator('[data-going-well]')).toContainText(d['selfCheck.area.body']!);
    await expect(page.locator('[data-talk-topic="geld"]')).toBeVisible();
    await expect(page.locator('[data-talk-topic="zwanger"]')).toBeHidden();
    // The second area (feelings, 2 of 5) lies right of the top in Dutch reading order, left of it in Arabic.
    const feelingsDot = Number(await chart.locator('circle').nth(1).getAttribute('cx'));
    expect(Math.sign(feelingsDot)).toBe(lang === 'ar' ? -1 : 1);
    await expect(page.getByRole('link', { name: d['selfCheck.result.download']! })).toHaveAttribute('href', /^data:image\/svg\+xml/);
    await page.screenshot({ path: `test-results/self-check-result-${lang}.png`, fullPage: true });

    // To the sign-up: her picture and the box that sends it, the topics of her result ticked.
    await page.getByRole('button', { name: d['selfCheck.result.shareButton']! }).click();
    await expect(page.locator('[data-self-check-slot]')).toBeVisible();
    await expect(page.getByLabel(d['field.selfCheckShare.label']!)).toBeChecked();
    await expect(page.locator('#field-topics-geld')).toBeChecked();
    // She chooses two topics of her own instead.
    const ticked = await page.locator('input[name="topics"]:checked').evaluateAll((boxes) => boxes.map((box) => box.id));
    expect(ticked.length).toBeGreaterThan(0);
    for (const id of ticked) await page.locator(`#${id}`).uncheck();
    await page.locator('#field-topics-baby').check();
    await page.locator('#field-topics-wonen').check();
    await fillValidForm(page, lang);
    await page.getByRole('button', { name: d['form.submit']! }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/aanmelden/bedankt/\\?ref=HJ-[A-Z2-9]{8}$`));
    const ref = new URL(page.url()).searchParams.get('ref')!;

    const teamEmails = (await outbox()).filter((email) => email.body.subject.endsWith(ref));
    expect(teamEmails).toHaveLength(1);
    const text = teamEmails[0]!.body.text;
    expect(teamEmails[0]!.sealed).toBe(true);
    expect(text).toContain(`Wil praten over: ${dutchTitle('baby')}; ${dutchTitle('wonen')}`);
    for (const [area, score] of [['body', '4,5'], ['feelings', '2'], ['meaning', '3'], ['quality', '4,5'], ['participation', '3,5'], ['dailyLife', '1,5']] as const) {
      expect(text).toMatch(new RegExp(`^${dictionaries.nl[`selfCheck.area.${area}`]} +[█░]{10}  ${score} van 5$`, 'm'));
    }
    await context.close();
  });

  // axe runs in the page, so these run with JavaScript; the pages themselves have no script of their own.
  test(`${lang}: the self-check page, its result, the sign-up with the result and an empty result page are accessible`, async ({ page }) => {
    const d = dictionaries[lang];
    const violations = async () => (await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations.map((violation) => violation.id);
    await page.goto(`/${lang}/hoe-gaat-het/`);
    expect(await violations()).toEqual([]);
    await page.screenshot({ path: `test-results/self-check-${lang}.png` });
    await answerSelfCheck(page);
    await page.getByRole('button', { name: d['selfCheck.submit']! }).click();
    await expect(page.locator('h1')).toHaveText(d['selfCheck.result.title']!);
    expect(await violations()).toEqual([]);
    await page.getByRole('button', { name: d['selfCheck.result.shareButton']! }).click();
    await expect(page.locator('[data-self-check-slot]')).toBeVisible();
    expect(await violations()).toEqual([]);
    await page.goto(`/${lang}/hoe-gaat-het/uitkomst/`);
    await expect(page.getByRole('link', { name: dictionaries[lang]['selfCheck.result.toQuestions']! })).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations.map((violation) => violation.id)).toEqual([]);
  });
}

test('a missing or changed answer gets the questions back with her answers kept and a message in her language', async () => {
  const d = dictionaries.ti;
  const fields = allAnswered('4').filter(([name]) => name !== questionField('meaning1'));
  fields.push(['lang', 'ti']);
  fields[0] = [questionField('body1'), '9'];
  const response = await postSelfCheck(fields, 'ti');
  expect(response.status).toBe(422);
  const html = await response.text();
  expect(html).toContain(d['error.selfCheck.required']!);
  expect(html).toContain(`href="#field-${questionField('meaning1')}-1"`);
  expect(html).toMatch(new RegExp(`<title>${d['form.errorTitlePrefix']!}`));
  // Her other answers are kept: the fourth step of body2 stays ticked.
  expect(html).toMatch(new RegExp(`<input type="radio" id="field-${questionField('body2')}-4" name="${questionField('body2')}" value="4"[^>]*checked`));
});

test('hostile, empty, too long and wrong self-check posts are refused in her language and send nothing', async () => {
  const before = (await outbox()).length;
  const hostile = await postSelfCheck([['lang', 'ar'], ...allAnswered('"><script>alert(1)</script>')], 'ar');
  expect(hostile.status).toBe(422);
  const hostileHtml = await hostile.text();
  expect(hostileHtml).not.toContain('<script>alert(1)</script>');
  expect(hostileHtml).toContain(dictionaries.ar['error.selfCheck.required']!);
  expect((await postSelfCheck([], 'nl')).status).toBe(422);
  const tooLong = await postSelfCheck([['lang', 'nl'], ['x', 'a'.repeat(20_000)], ...allAnswered()]);
  expect(tooLong.status).toBe(413);
  expect(await tooLong.text()).toBe(dictionaries.nl['error.tooLarge']);
  expect((await postSelfCheck(allAnswered(), 'nl', 'application/json')).status).toBe(415);
  expect((await fetch(`${siteUrl}/api/self-check?lang=ti`)).status).toBe(405);
  // A complete self-check on its own draws a result and sends nothing anywhere.
  const alone = await postSelfCheck([['lang', 'nl'], ...allAnswered('5')]);
  expect(alone.status).toBe(200);
  expect(alone.headers.get('Cache-Control')).toBe('no-store');
  expect(await alone.text()).toContain('data-nothing-to-talk>');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  // Other tests sign up meanwhile: what arrived since is only theirs (a sign-up or callback), and none carries these answers.
  const since = (await outbox()).slice(before);
  for (const email of since) {
    expect(email.idempotencyKey).toMatch(/^(registration|callback):/);
    expect(email.body.text.match(/ 5 van 5$/gm)?.length ?? 0).toBeLessThan(6);
  }
});

test('the sign-up refuses unknown topics and changed self-check answers, keeping everything she typed', async () => {
  const unknown = await postJson(validSignUp(uniquePrefix(), { topics: ['geld', 'buy-now'] }));
  expect(unknown.status).toBe(422);
  expect(await unknown.json()).toEqual({ errors: { topics: dictionaries.nl['error.topics.unknown'] } });

  const d = dictionaries.ar;
  // A hidden answer changed on the way (or by hand) is never sent as if it were hers.
  const fields = new URLSearchParams({ ...Object.fromEntries(allAnswered('2')), [questionField('quality1')]: '77', selfCheckShare: 'yes', lang: 'ar', name: 'فاطمة', phone: '0612345678', contactBy: 'call', talkLanguage: 'ar', dueDate: validSignUp('x').dueDate as string, village: 'drunen', consent: 'yes', message: 'مرحبا' });
  fields.append('topics', 'wonen');
  const refused = await fetch(`${siteUrl}/api/register?lang=ar`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': clientAddress() }, body: fields.toString() });
  expect(refused.status).toBe(422);
  const html = await refused.text();
  expect(html).toContain(d['error.selfCheck.unreadable']!);
  expect(html).toMatch(/<div class="field self-check-shared field--error" data-field="selfCheckShare" data-self-check-slot>/);
  expect(html).toMatch(/id="field-topics-wonen" name="topics" value="wonen" checked/);
  expect(html).toContain('>مرحبا</textarea>');
  for (const area of areaIds) expect(html).not.toContain(`data-area-score="${area}"`);
});
