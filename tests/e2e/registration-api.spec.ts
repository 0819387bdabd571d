import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { dictionaries } from '../../src/i18n/translations';
import { clearFaults, clientAddress, dueDateInMonths, eventually, inPool, injectFaults, keyOf, outboxFor, postJson, secondChannel, siteUrl, uniquePrefix, validSignUp } from './mailSink';

const naughtyStrings: string[] = createRequire(import.meta.url)('big-list-of-naughty-strings');

test.describe('guards', () => {
  test('405 for other methods, in the language asked for', async () => {
    const response = await fetch(`${siteUrl}/api/register?lang=ar`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe(dictionaries.ar['error.method']);
  });

  test('415 for other content types', async () => {
    const response = await fetch(`${siteUrl}/api/register?lang=pl`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'name=x' });
    expect(response.status).toBe(415);
    expect((await response.json()).message).toBe(dictionaries.pl['error.contentType']);
  });

  test('413 for a body over 16 KB, with or without Content-Length', async () => {
    const big = JSON.stringify(validSignUp(uniquePrefix(), { message: 'x'.repeat(17 * 1024) }));
    const declared = await postJson(JSON.parse(big));
    expect(declared.status).toBe(413);
    const chunkedStatus = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${siteUrl}/api/register?lang=nl`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'CF-Connecting-IP': clientAddress() },
      }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      for (let i = 0; i < 20; i += 1) request.write('x'.repeat(1024));
      request.end();
    });
    expect(chunkedStatus).toBe(413);
  });

  test('403 for a post from another site', async () => {
    const response = await postJson(validSignUp(uniquePrefix()), { Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });

  test('only the hidden honeypot is dropped silently; a too-fast send is asked again, and passes the second time', async () => {
    const prefix = uniquePrefix();
    const honeypot = await postJson(validSignUp(prefix, { website: 'http://spam.example' }));
    expect(honeypot.status).toBe(200);
    const fast = validSignUp(prefix, { lang: 'ar', elapsedMs: '900' });
    const first = await postJson(fast);
    expect(first.status).toBe(422);
    expect(await first.json()).toEqual({ error: 'checkAgain', message: dictionaries.ar['error.checkAgain'] });
    expect(await outboxFor(prefix)).toEqual([]);
    const again = await postJson({ ...fast, elapsedMs: '1200', checkedAgain: 'yes' });
    expect(again.status).toBe(200);
    const emails = await outboxFor(prefix);
    expect(emails.map((email) => email.idempotencyKey)).toEqual([keyOf('registration', fast.submissionId, 'team')]);
  });

  test('a phone clock minutes fast or days slow changes nothing: every sign-up reaches the team', async () => {
    const prefix = uniquePrefix();
    const now = Date.now();
    const skews = [10 * 60_000, 3 * 60_000, -3 * 86_400_000, 400 * 86_400_000, -now];
    const signUps = skews.map((skew) => validSignUp(prefix, { startedAt: String(now + skew), elapsedMs: '45000' }));
    for (const signUp of signUps) expect((await postJson(signUp)).status).toBe(200);
    const keys = (await outboxFor(prefix)).map((email) => email.idempotencyKey).sort();
    expect(keys).toEqual(signUps.map((signUp) => keyOf('registration', signUp.submissionId, 'team')).sort());
  });

  test('429 with Retry-After after too many submissions from one client', async () => {
    const address = clientAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await postJson({ lang: 'tr' }, { 'CF-Connecting-IP': address })).status);
    expect(statuses.slice(0, 10)).toEqual(new Array(10).fill(422));
    const limited = await postJson({ lang: 'tr' }, { 'CF-Connecting-IP': address });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).message).toBe(dictionaries.tr['error.rateLimited']);
  });
});

test('a valid JSON sign-up sends one team e-mail and one confirmation, once, however often it is posted', async () => {
  const prefix = uniquePrefix();
  const signUp = validSignUp(prefix, { email: 'moeder@example.org', lang: 'ti' });
  const first = await postJson(signUp);
  expect(first.status).toBe(200);
  const { ok, ref } = await first.json();
  expect(ok).toBe(true);
  expect(ref).toMatch(/^HJ-[A-Z2-9]{8}$/);
  const again = await postJson(signUp);
  expect(await again.json()).toEqual({ ok: true, ref });
  const emails = await outboxFor(prefix);
  expect(emails.map((email) => email.idempotencyKey).sort()).toEqual([keyOf('registration', signUp.submissionId, 'receipt'), keyOf('registration', signUp.submissionId, 'team')]);
  const team = emails.find((email) => email.idempotencyKey?.endsWith(':team'))!;
  expect(team.body.subject).toBe(`Nieuwe aanmelding Hallo jij! ${ref}`);
  expect(team.body.reply_to).toEqual('moeder@example.org');
  expect(team.body.text).toContain('Neem contact op via bellen (+31612345678), in het Nederlands.');
  const confirmation = emails.find((email) => email.idempotencyKey?.endsWith(':receipt'))!;
  expect(confirmation.body.to).toEqual(['moeder@example.org']);
  expect(confirmation.body.subject).toContain(ref);
  expect(confirmation.body.html).toContain('lang="ti"');
});

test('invalid JSON answers 422 with every error in the visitor language', async () => {
  const response = await postJson({ lang: 'ar', name: '', phone: 'abc', dueDate: dueDateInMonths(-2) });
  expect(response.status).toBe(422);
  const { errors } = await response.json();
  expect(errors.name).toBe(dictionaries.ar['error.name.required']);
  expect(errors.phone).toBe(dictionaries.ar['error.phone.invalid']);
  expect(errors.dueDate).toBe(dictionaries.ar['error.dueDate.past']);
});

test('400+ hostile inputs per field give a 4xx or a safe accepted e-mail, never a 5xx', async () => {
  test.setTimeout(240_000);
  const own = [
    'x'.repeat(5000),
    '\u202Eevil\u202C',
    'name\r\nBcc: attacker@example.org',
    'a@example.org\r\nBcc: b@example.org',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '{{constructor.constructor("return process")()}}',
    '../../etc/passwd',
    '\u0000\u0001\u0007',
    'ሳባ ተስፋይ',
    'فاطمة',
  ];
  const inputs = [...naughtyStrings, ...own];
  expect(inputs.length).toBeGreaterThanOrEqual(400);
  const fields = ['name', 'phone', 'email', 'contactBy', 'talkLanguage', 'dueDate', 'village', 'age', 'route', 'routeOther', 'message', 'submissionId', 'lang'];
  const prefix = uniquePrefix();
  const cases = fields.flatMap((field) => inputs.map((value, index) => ({ field, value, id: `${prefix}-${field}-${index}` })));
  const outcomes = await inPool(cases, 16, async ({ field, value, id }) => {
    const body = validSignUp(prefix, { [field]: value });
    if (field !== 'submissionId') body.submissionId = id;
    const response = await postJson(body);
    await response.arrayBuffer();
    return { field, value, status: response.status };
  });
  expect(outcomes.filter((outcome) => outcome.status >= 500)).toEqual([]);
  expect(outcomes.filter((outcome) => outcome.status >= 300 && outcome.status < 400)).toEqual([]);
  const emails = await outboxFor(prefix);
  for (const email of emails) {
    expect(email.body.subject).not.toMatch(/[\r\n]/);
    expect(email.body.html).not.toMatch(/<(script|img|iframe|svg)/i);
    expect(email.body.to).toEqual(['team@example.org']);
  }
  const teamKeys = new Set(emails.map((email) => email.idempotencyKey));
  const accepted = cases.filter((item, index) => item.field !== 'submissionId' && outcomes[index]!.status === 200);
  expect(accepted.length).toBeGreaterThan(0);
  expect(accepted.filter((item) => !teamKeys.has(keyOf('registration', item.id, 'team'))).map((item) => item.field)).toEqual([]);
});

test('200 concurrent double submits give exactly one team e-mail each', async () => {
  test.setTimeout(120_000);
  const prefix = uniquePrefix();
  const signUps = Array.from({ length: 200 }, () => validSignUp(prefix));
  const responses = await inPool([...signUps, ...signUps], 50, async (signUp) => (await postJson(signUp)).status);
  expect(responses.every((status) => status === 200)).toBe(true);
  const teamEmails = (await outboxFor(prefix)).filter((email) => email.idempotencyKey?.endsWith(':team'));
  expect(teamEmails).toHaveLength(200);
  expect(new Set(teamEmails.map((email) => email.idempotencyKey)).size).toBe(200);
});

test.describe('with the mail service failing', () => {
  test('30% failures and lost answers: nobody sees a 5xx, every submission ends in exactly one team e-mail', async () => {
    test.setTimeout(180_000);
    const prefix = uniquePrefix();
    const signUps = Array.from({ length: 60 }, () => validSignUp(prefix));
    const counts: Record<string, number> = {};
    for (const mode of ['server_error', 'rate_limit', 'timeout'] as const) {
      await injectFaults({ mode, rate: 0.3, keyPrefix: `registration:${prefix}` });
      const batch = signUps.slice(mode === 'server_error' ? 0 : mode === 'rate_limit' ? 20 : 40).slice(0, 20);
      const statuses = await inPool(batch, 10, async (signUp) => (await postJson(signUp)).status);
      for (const status of statuses) counts[`${mode} ${status}`] = (counts[`${mode} ${status}`] ?? 0) + 1;
      expect(statuses.every((status) => status === 200 || status === 202)).toBe(true);
    }
    await clearFaults(`registration:${prefix}`);
    const teamKeys = await eventually(
      async () => (await outboxFor(prefix)).filter((email) => email.idempotencyKey?.endsWith(':team')).map((email) => email.idempotencyKey),
      (keys) => keys.length >= 60,
    );
    expect(teamKeys.sort()).toEqual(signUps.map((signUp) => keyOf('registration', signUp.submissionId, 'team')).sort());
    // She sends again anyway: still exactly one e-mail per submission.
    for (const signUp of signUps) expect((await postJson(signUp)).status).toBe(200);
    expect((await outboxFor(prefix)).filter((email) => email.idempotencyKey?.endsWith(':team'))).toHaveLength(60);
    console.log(`fault injection outcomes: ${JSON.stringify(counts)}`);
  });

  test('a quota error is not retried: at once to the second channel, and she is told it is safe, in her language', async () => {
    const prefix = uniquePrefix();
    await injectFaults({ mode: 'quota', rate: 1, keyPrefix: `registration:${prefix}` });
    const started = Date.now();
    const signUp = validSignUp(prefix, { lang: 'en' });
    const response = await postJson(signUp);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(202);
    const { ref, queued } = (await response.json()) as { ref: string; queued: boolean };
    expect(queued).toBe(true);
    const delivered = await eventually(
      async () => (await secondChannel()).filter((email) => email.subject.includes(ref)),
      (emails) => emails.length > 0,
      20_000,
    );
    await clearFaults(`registration:${prefix}`);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.to).toEqual(['team@example.org']);
    expect(delivered[0]!.text).toContain('daily_quota_exceeded');
    expect(await outboxFor(prefix)).toEqual([]);
  });
});
