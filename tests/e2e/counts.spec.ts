import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { dictionaries } from '../../src/i18n/translations';
import { clientAddress, dueDateInMonths, eventually, openedAttachment, outbox, siteUrl, validCallback, validSignUp } from './mailSink';
import { startSecondServer } from './secondServer';
import { fillValidForm } from './signUpForm';

// The evaluation's counts (issue 23): the report e-mail of the Cron Trigger, in the real workerd of
// `wrangler dev`, through the real Resend SDK to the local stand-in.

const weekMs = 7 * 24 * 3600 * 1000;
const firstMonday = Date.UTC(1970, 0, 5);

/** Runs the Worker's `scheduled` handler as the Cron Trigger would at `time` (miniflare's endpoint; /__scheduled is served by the assets first). */
async function runCron(time: number, base = siteUrl) {
  const response = await fetch(`${base}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('0 6 * * 1')}&time=${time}`);
  expect(response.status).toBe(200);
}

test.describe('the report e-mail', () => {
  test('the weekly cron sends the report every four weeks to REPORT_INBOX, sealed for the team, with the CSV sealed too', async () => {
    // A report Monday of its own (a multiple of four weeks from the fixed first Monday), so each run has its own e-mail.
    const week = 4 * (2000 + Math.floor(Math.random() * 600));
    const reportTime = firstMonday + week * weekMs + 6 * 3600 * 1000;
    const day = new Date(reportTime).toISOString().slice(0, 10);
    await runCron(reportTime + weekMs); // the week after: no report
    await runCron(reportTime);
    const reports = await eventually(
      async () => (await outbox()).filter((email) => email.idempotencyKey?.startsWith('report:')),
      (found) => found.some((email) => email.idempotencyKey === `report:${day}`),
      15_000,
    );
    expect(reports.filter((email) => email.idempotencyKey === `report:${new Date(reportTime + weekMs).toISOString().slice(0, 10)}`)).toHaveLength(0);
    const report = reports.find((email) => email.idempotencyKey === `report:${day}`)!;
    expect(report.body.to).toEqual(['projectleider@example.org']);
    expect(report.body.subject).toMatch(/^Hallo jij! in cijfers, tot en met \w+ \d{4}$/);
    // Sealed: the text travelled as OpenPGP, no HTML part in clear, the CSV only as a sealed .asc file.
    expect(report.sealed).toBe(true);
    expect(report.travelledText).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    expect(report.body.html).toBe('');
    expect(report.body.text).toContain('Aanmeldingen:');
    expect(report.body.text).toContain('<5: minder dan vijf');
    expect(report.body.text).toContain('op /admin/rapport/ van de website');
    const [attachment] = report.body.attachments ?? [];
    expect(attachment!.filename).toMatch(/^hallojij-cijfers-\d{4}-\d{2}\.csv\.asc$/);
    const csv = await openedAttachment(attachment!);
    expect(csv.sealed).toBe(true);
    expect(csv.text.split('\r\n')[0]).toBe('month,form,dimension,value,label,count');
  });
});

test.describe('how she found us, on the sign-up', () => {
  test.use({ javaScriptEnabled: false });

  test('ti, without JavaScript: she says how she found us, and the team reads it in Dutch with her own words', async ({ page }) => {
    const d = dictionaries.ti;
    await page.setExtraHTTPHeaders({ 'CF-Connecting-IP': clientAddress() });
    await page.goto('/ti/aanmelden/');
    await fillValidForm(page, 'ti');
    const route = page.getByLabel(d['field.route.label']!);
    // The practices by their own names, then the other roads in her language.
    await expect(route.locator('option')).toContainText(['Verloskundigenpraktijk Drunen', d['field.route.consultatiebureau']!, d['field.route.other']!]);
    await route.selectOption('other');
    await page.getByLabel(d['field.routeOther.label']!).fill('ብሓብተይ ሰሚዐ');
    await page.waitForTimeout(3100); // a person takes a few seconds: the bot check asks again before that
    await page.getByRole('button', { name: d['form.submit']! }).click();
    await expect(page).toHaveURL(/\/ti\/aanmelden\/bedankt\/\?ref=HJ-[A-Z2-9]{8}$/);
    const ref = new URL(page.url()).searchParams.get('ref')!;
    const team = await eventually(async () => (await outbox()).filter((email) => email.body.subject.endsWith(ref)), (found) => found.length >= 1, 15_000);
    expect(team).toHaveLength(1);
    expect(team[0]!.body.text).toContain('Hoe ze ons vond: Anders: ብሓብተይ ሰሚዐ');
  });

  test('her own words over 100 characters (the field stops at 100; a client that ignores it) come back with a message in Tigrinya, everything kept', async () => {
    const signUp = validSignUp('route-long', { lang: 'ti', route: 'other', routeOther: 'ብሓብተይ ሰሚዐ '.repeat(12).trim(), name: 'ሳባ ተስፋይ', consent: 'yes', elapsedMs: '10000' });
    const response = await fetch(`${siteUrl}/api/register`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: siteUrl, 'CF-Connecting-IP': clientAddress() },
      body: new URLSearchParams(Object.entries(signUp).map(([key, value]) => [key, String(value)])),
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain(dictionaries.ti['error.tooLong']!.replace('{{max}}', '100'));
    expect(html).toContain(`value="${String(signUp.routeOther)}"`);
    expect(html).toContain('value="ሳባ ተስፋይ"');
    expect(html).toMatch(/<option value="other" selected/);
  });
});

test.describe('on a server of its own: 30 sign-ups, callbacks and scans', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  const port = Number(process.env.PORT ?? 8788) + 50;
  let server: Awaited<ReturnType<typeof startSecondServer>>;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startSecondServer(port, {});
  });
  test.afterAll(async () => server?.stop());

  // 30 sign-ups over languages, villages and routes: three cells of 5 or more, four under 5.
  const groups = [
    { n: 12, lang: 'nl', village: 'drunen', route: 'verloskundigen-drunen' },
    { n: 6, lang: 'ar', village: 'vlijmen', route: 'verloskundigen-vlijmen' },
    { n: 5, lang: 'ti', village: 'drunen', route: 'consultatiebureau' },
    { n: 3, lang: 'pl', village: 'oudheusden', route: 'folder' },
    { n: 2, lang: 'tr', village: 'elshout', route: 'other', routeOther: 'Via mijn buurvrouw Fatma' },
    { n: 1, lang: 'en', village: 'elsewhere' },
    { n: 1, lang: 'nl', village: 'heusden', route: 'social' },
  ];
  const typed: string[] = [];
  const post = async (path: string, body: Record<string, unknown>) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': clientAddress() }, body: JSON.stringify(body) }).catch((error: unknown) => {
      throw new Error(`${String(error)}; the server said:\n${server.logs().slice(-4000)}`);
    });
  const report = () => JSON.parse(execFileSync('node', ['scripts/report.mjs', '--json'], { env: { ...process.env, PERSIST_TO: server.persistTo }, encoding: 'utf8' })) as { rows: Record<string, unknown>[] };

  test('the report counts exactly what was sent, small cells as "<5", scans included, and the D1 file holds nothing she typed', async () => {
    let index = 0;
    for (const { n, ...group } of groups)
      for (let i = 0; i < n; i += 1) {
        index += 1;
        const answers = { name: `Moeder Telling${index} Zoveelste`, phone: `06 4${String(1000000 + index * 7919).slice(-7)}`, email: `telling${index}@example.org`, dueDate: dueDateInMonths(1 + (index % 8)) };
        typed.push(answers.name, answers.phone, answers.phone.replace(/\s/g, ''), `+31${answers.phone.replace(/\s/g, '').slice(1)}`, answers.email, answers.dueDate, ...(group.routeOther ? [group.routeOther] : []));
        const signUp = validSignUp('counts', { ...group, ...answers });
        const response = await post('/api/register', signUp);
        expect(response.status).toBe(200);
        // The same sign-up again (a double click, a retry), or again with her note changed (one
        // e-mail marked as a correction): still one sign-up in the counts.
        if (index <= 2) expect((await post('/api/register', signUp)).status).toBe(200);
        if (index === 3) expect((await post('/api/register', { ...signUp, message: 'Nog een vraag erbij' })).status).toBe(200);
      }
    for (let i = 0; i < 6; i += 1) {
      const response = await post('/api/callback', validCallback('counts', { lang: i < 5 ? 'nl' : 'en', motherName: `Moeder Terugbel${i}`, motherPhone: `06 5${String(2000000 + i * 104729).slice(-7)}` }));
      expect(response.status).toBe(200);
      typed.push(`Moeder Terugbel${i}`);
    }
    const scans = [...Array<string>(7).fill('/api/via/verloskundigen-drunen/pl'), '/api/via/verloskundigen-oud/ar', '/api/via/nergens/ar', '/api/via/verloskundigen-vlijmen/xx'];
    for (const path of scans) {
      const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`/${path.split('/').at(-1) === 'xx' ? 'nl' : path.split('/').at(-1)}/`);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    const month = new Date().toISOString().slice(0, 7);
    const row = (form: string, lang: string, village: string, route: string, count: number | '<5', outcome = 'delivered') => ({ month, form, lang, village, route, outcome, count });
    const expected = [
      row('callback', 'en', '-', 'referrer', '<5'),
      row('callback', 'nl', '-', 'referrer', 5),
      row('registration', 'ar', 'vlijmen', 'verloskundigen-vlijmen', 6),
      row('registration', 'en', 'elsewhere', 'unknown', '<5'),
      row('registration', 'nl', 'drunen', 'verloskundigen-drunen', 12),
      row('registration', 'nl', 'heusden', 'social', '<5'),
      row('registration', 'pl', 'oudheusden', 'folder', '<5'),
      row('registration', 'ti', 'drunen', 'consultatiebureau', 5),
      row('registration', 'tr', 'elshout', 'other', '<5'),
      row('scan', 'ar', '-', 'unknown', '<5', 'scanned'),
      row('scan', 'nl', '-', 'verloskundigen-vlijmen', '<5', 'scanned'),
      row('scan', 'pl', '-', 'verloskundigen-drunen', 7, 'scanned'),
    ];
    // Counted in the background after each answer: wait until the last ones are in.
    const sorted = (rows: Record<string, unknown>[]) => rows.map((item) => JSON.stringify(item)).sort();
    const rows = await eventually(async () => report().rows, (found) => sorted(found).join() === sorted(expected).join(), 30_000, 1000);
    expect(sorted(rows)).toEqual(sorted(expected));

    // The database file itself: none of the names, numbers, addresses, dates or own words typed.
    const files = readdirSync(join(server.persistTo, 'v3', 'd1'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const bytes = files.map((entry) => readFileSync(join(entry.parentPath, entry.name)).toString('latin1')).join('\n');
    expect(bytes).toContain('verloskundigen-drunen');
    for (const value of typed) expect(bytes.includes(value), value).toBe(false);
    // Not even her e-mail address's domain-free part or her reference.
    expect(bytes).not.toMatch(/telling\d+@|HJ-[A-Z0-9]{8}/);
  });

  test('the report e-mail holds the same numbers, with a small callback count and its partner hidden', async () => {
    const first = Date.UTC(1970, 0, 5);
    const week = 7 * 24 * 3600 * 1000;
    const reportTime = first + Math.floor((Date.now() - first) / (4 * week)) * 4 * week + 6 * 3600 * 1000;
    await runCron(reportTime, server.url);
    const stored = await eventually(
      async () => (await (await fetch(`${server.sinkUrl}/__outbox`)).json()) as { idempotencyKey: string; body: { text: string; attachments?: { filename: string; content: string }[] } }[],
      (found) => found.some((email) => email.idempotencyKey.startsWith('report:')),
      15_000,
    );
    const email = stored.find((found) => found.idempotencyKey.startsWith('report:'))!;
    const csv = (await openedAttachment(email.body.attachments![0]!)).text;
    const month = new Date().toISOString().slice(0, 7);
    for (const line of [
      `${month},registration,total,,,30`,
      `${month},registration,lang,nl,Nederlands,13`,
      `${month},registration,lang,pl,Pools,<5`,
      `${month},registration,route,verloskundigen-drunen,Verloskundigenpraktijk Drunen,12`,
      `${month},registration,route,other,Anders,<5`,
      `${month},registration,village,drunen,Drunen,17`,
      `${month},callback,total,,,6`,
      // 'en' (1) alone is small: 6 − 5 would give it away, so 'nl' shows as ≥5.
      `${month},callback,lang,nl,Nederlands,≥5`,
      `${month},callback,lang,en,Engels,<5`,
      `${month},scan,route,verloskundigen-drunen,Verloskundigenpraktijk Drunen,7`,
    ])
      expect(csv.split('\r\n')).toContain(line);
    expect(csv).not.toContain('buurvrouw');
  });

  test('/admin/rapport/ shows the same report to staff signed in to the editor, and to nobody else', async ({ page }) => {
    const ask = (token?: string) => fetch(`${server.url}/api/report`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
    expect((await ask()).status).toBe(401);
    expect((await ask('token-reader')).status).toBe(403);
    expect((await ask('not-a-token')).status).toBe(403);
    const answer = await ask('token-writer');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.text()).toContain('Aanmeldingen: 30');

    await page.goto(`${server.url}/admin/rapport/`);
    await expect(page.getByText('Log eerst in')).toBeVisible();
    // Signed in as the editor keeps it (Sveltia CMS: localStorage "sveltia-cms.user").
    await page.evaluate(() => localStorage.setItem('sveltia-cms.user', JSON.stringify({ backendName: 'github', token: 'token-writer' })));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hallo jij! in cijfers, tot en met');
    await expect(page.getByRole('heading', { name: 'Aanmeldingen: 30' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hoe ze ons vond' }).first().getByRole('row', { name: /Verloskundigenpraktijk Drunen\s+12/ })).toBeVisible();
    await page.evaluate(() => localStorage.setItem('sveltia-cms.user', JSON.stringify({ backendName: 'github', token: 'token-reader' })));
    await page.reload();
    await expect(page.getByText('Je account mag niet opslaan')).toBeVisible();
  });

  test('with D1 broken, sign-ups still answer 303 with the team e-mail sent, and each logs one line', async () => {
    execFileSync('npx', ['wrangler', 'd1', 'execute', 'COUNTS', '--local', '--persist-to', server.persistTo, '--command', 'DROP TABLE counts'], { stdio: 'ignore', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
    const before = (server.logs().match(/"outcome":"count-failed"/g) ?? []).length;
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const signUp = validSignUp('broken', { lang: 'pl', village: 'vlijmen', route: 'folder' });
      ids.push(String(signUp.submissionId));
      const form = new URLSearchParams(Object.entries({ ...signUp, consent: 'yes', elapsedMs: '10000' }).map(([key, value]) => [key, String(value)]));
      const started = Date.now();
      const response = await fetch(`${server.url}/api/register`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url, 'CF-Connecting-IP': clientAddress() }, body: form });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/pl\/aanmelden\/bedankt\/\?ref=HJ-/);
      expect(Date.now() - started).toBeLessThan(5000);
    }
    const stored = (await (await fetch(`${server.sinkUrl}/__outbox`)).json()) as { idempotencyKey: string }[];
    for (const id of ids) expect(stored.map((email) => email.idempotencyKey)).toContain(`registration:${id}:team`);
    const failures = await eventually(async () => (server.logs().match(/"outcome":"count-failed"/g) ?? []).length - before, (count) => count >= 3, 10_000);
    expect(failures).toBe(3);
    const lines = server.logs().split('\n').filter((line) => line.includes('"count-failed"'));
    for (const line of lines) expect(line).not.toMatch(/Moeder|@example|06 |\+31/);
  });
});
