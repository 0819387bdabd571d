import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateKey } from 'openpgp';
import { dictionaries } from '../../src/i18n/translations';
import { clearFaults, clientAddress, dueDateInMonths, eventually, injectFaults, keyOf, outboxFor, postJson, secondChannel, uniquePrefix, validSignUp } from './mailSink';
import { startSecondServer } from './secondServer';

// What she tells us is for the team's eyes only: the team's e-mail leaves the Worker sealed with
// the team's key (the test server uses scripts/local-team-key/), on every road it can take; and
// nobody can use the forms to mail a stranger.

/** A Dutch mobile number nobody else in this run uses, as she types it and as the team reads it. */
function uniquePhone() {
  // 06-1…: a range libphonenumber knows as Dutch mobile (not every 06 number is one).
  const digits = `1${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
  return { typed: `06 ${digits}`, e164: `+316${digits}`, digits };
}
const dutchDate = (iso: string) => iso.split('-').reverse().join('-');

/** Every file in .outbox/ (the Resend stand-in's JSON, the second channel's .eml) that mentions `reference`. */
function storedFilesAbout(reference: string): { file: string; content: string }[] {
  return readdirSync('.outbox')
    .filter((file) => /\.(json|eml)$/.test(file))
    .map((file) => ({ file, content: readFileSync(join('.outbox', file), 'utf8') }))
    .filter(({ content }) => content.includes(reference) || content.includes(Buffer.from(reference).toString('base64').slice(0, 8)));
}

test('a sign-up reaches the team sealed: in transit nothing she typed is readable, the team key opens exactly what she typed', async () => {
  const prefix = uniquePrefix();
  const phone = uniquePhone();
  const dueDate = dueDateInMonths(4);
  const signUp = validSignUp(prefix, { name: 'Saba Tesfay', phone: phone.typed, email: `${prefix}@example.org`, dueDate, message: `Vraag over kraamzorg ${prefix}` });
  const response = await postJson(signUp);
  expect(response.status).toBe(200);
  const { ref } = (await response.json()) as { ref: string };
  const emails = await eventually(() => outboxFor(prefix), (found) => found.length >= 2);
  const team = emails.find((email) => email.idempotencyKey === keyOf('registration', signUp.submissionId, 'team'))!;
  const receipt = emails.find((email) => email.idempotencyKey === keyOf('registration', signUp.submissionId, 'receipt'))!;

  expect(team.sealed).toBe(true);
  expect(team.body.subject).toBe(`Nieuwe aanmelding Hallo jij! ${ref}`);
  for (const value of ['Saba', 'Tesfay', phone.digits, `${prefix}@example.org`, dueDate, dutchDate(dueDate), 'kraamzorg']) expect(team.travelledText).not.toContain(value);
  for (const line of ['Naam: Saba Tesfay', `Telefoon: ${phone.e164}`, `E-mail: ${prefix}@example.org`, `Uitgerekend op: ${dutchDate(dueDate)}`, `Bericht: Vraag over kraamzorg ${prefix}`]) {
    expect(team.body.text).toContain(line);
  }
  // Her confirmation goes to her address, greets her by her first name, and repeats nothing else.
  expect(receipt.sealed).toBe(false);
  expect(receipt.body.to).toEqual([`${prefix}@example.org`]);
  expect(receipt.body.text.startsWith(dictionaries.nl['mail.confirmation.greeting']!.replace('{{name}}', 'Saba'))).toBe(true);
  for (const value of ['Tesfay', phone.digits, dueDate, dutchDate(dueDate), 'kraamzorg']) expect(receipt.body.text + receipt.body.html).not.toContain(value);

  // The files the stand-in kept, as Resend would keep them: the same.
  const files = storedFilesAbout(ref);
  expect(files.length).toBeGreaterThanOrEqual(2);
  for (const { file, content } of files) {
    for (const value of ['Tesfay', phone.digits, dueDate, dutchDate(dueDate), 'kraamzorg']) expect(content, file).not.toContain(value);
  }
});

test('on the other roads too, through the outbox queue and the second channel, the team e-mail stays sealed', async () => {
  test.setTimeout(120_000);
  const prefix = uniquePrefix();
  const phone = uniquePhone();
  const dueDate = dueDateInMonths(6);
  const queued = validSignUp(`${prefix}-q`, { name: 'Hawa Idris', phone: phone.typed, dueDate });
  const secondRoad = validSignUp(`${prefix}-d`, { name: 'Hawa Idris', phone: phone.typed, dueDate });
  // Resend down: the sign-up waits in the outbox queue, then arrives.
  await injectFaults({ mode: 'network', rate: 1, keyPrefix: `registration:${prefix}-q`, forSeconds: 6 });
  expect((await postJson(queued)).status).toBe(202);
  // Resend refuses for good (quota): the dead-letter queue hands it to the second channel.
  await injectFaults({ mode: 'quota', rate: 1, keyPrefix: `registration:${prefix}-d` });
  const secondResponse = await postJson(secondRoad);
  expect(secondResponse.status).toBe(202);
  const secondRef = ((await secondResponse.json()) as { ref: string }).ref;

  const [viaOutbox] = await eventually(() => outboxFor(`${prefix}-q`), (found) => found.length >= 1, 60_000);
  const viaSecondChannel = (await eventually(secondChannel, (found) => found.some((email) => email.subject.includes(secondRef)), 60_000)).find((email) => email.subject.includes(secondRef))!;
  await clearFaults(`registration:${prefix}-d`);
  for (const email of [{ travelled: viaOutbox!.travelledText, read: viaOutbox!.body.text, sealed: viaOutbox!.sealed }, { travelled: viaSecondChannel.raw, read: viaSecondChannel.text, sealed: viaSecondChannel.sealed }]) {
    expect(email.sealed).toBe(true);
    for (const value of ['Hawa', 'Idris', phone.digits, dutchDate(dueDate)]) expect(email.travelled).not.toContain(value);
    expect(email.read).toContain('Naam: Hawa Idris');
    expect(email.read).toContain(`Telefoon: ${phone.e164}`);
  }
  expect(viaSecondChannel.subject).toBe(`[Reserveroute] Nieuwe aanmelding Hallo jij! ${secondRef}`);
});

test('a name that could carry a link or an advert never appears in her confirmation', async () => {
  const prefix = uniquePrefix();
  const names = ['Gratis iPhone op evil-example.win klik nu', 'https://evil.example/win', 'javascript:alert(1)', 'Sanne\u202Eniw.elpmaxe', 'x'.repeat(100)];
  for (const [index, name] of names.entries()) {
    expect((await postJson(validSignUp(`${prefix}-${index}`, { name, email: `${prefix}-${index}@example.org` }))).status).toBe(200);
  }
  const confirmations = await eventually(async () => (await outboxFor(prefix)).filter((email) => email.idempotencyKey?.endsWith(':receipt')), (found) => found.length >= names.length);
  expect(confirmations).toHaveLength(names.length);
  for (const confirmation of confirmations) {
    expect(confirmation.body.text.startsWith(dictionaries.nl['mail.confirmation.greetingWithoutName']!)).toBe(true);
    for (const part of ['evil', 'iPhone', 'http', 'javascript', 'xxxxxxxxxx', '\u202E']) expect(confirmation.body.text + confirmation.body.html).not.toContain(part);
  }
});

test.describe('on a server with the limit of two confirmations a day', () => {
  test('20 sign-ups with one address from 20 clients: 20 team e-mails, 2 confirmations, 20 identical answers', async () => {
    test.setTimeout(180_000);
    const server = await startSecondServer(8795, {});
    try {
      const prefix = uniquePrefix();
      const address = `${prefix}@example.org`;
      const answers: string[] = [];
      for (let index = 0; index < 20; index += 1) {
        const response = await fetch(`${server.url}/api/register`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': clientAddress() },
          body: new URLSearchParams({ ...(validSignUp(`${prefix}-${index}`, { email: address, name: 'Gratis iPhone op evil-example.win klik nu' }) as Record<string, string>), consent: 'yes' }),
          redirect: 'manual',
        });
        answers.push(`${response.status} ${new URL(response.headers.get('location') ?? '', server.url).pathname}`);
      }
      expect(new Set(answers)).toEqual(new Set(['303 /nl/aanmelden/bedankt/']));
      const stored = await eventually(
        async () => ((await (await fetch(`${server.sinkUrl}/__outbox`)).json()) as { idempotencyKey: string; body: { to: string[] } }[]).filter((email) => email.idempotencyKey.includes(prefix)),
        (found) => found.length >= 22,
        30_000,
      );
      expect(stored.filter((email) => email.idempotencyKey.endsWith(':team'))).toHaveLength(20);
      expect(stored.filter((email) => email.body.to.includes(address))).toHaveLength(2);
    } finally {
      await server.stop();
    }
  });

  test('a missing, broken, expired or private key is refused on /api/health with the reason, and her sign-up waits in the outbox', async () => {
    test.setTimeout(240_000);
    const expired = await generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ email: 'oud@example.org' }], date: new Date('2024-01-01'), keyExpirationTime: 86_400 * 30, format: 'armored' });
    const cases: [string, string, RegExp][] = [
      ['missing', '', /TEAM_OPENPGP_KEY ontbreekt/],
      ['broken', 'dit is geen sleutel', /geen openbare OpenPGP-sleutel/],
      ['expired', expired.publicKey, /verlopen op 2024-01-31/],
      ['private', readFileSync('scripts/local-team-key/private.asc', 'utf8'), /geheime \(private\) sleutel/],
    ];
    for (const [index, [name, key, reason]] of cases.entries()) {
      // A port each: a stopped server's workerd can take a moment to let its port go.
      const server = await startSecondServer(8800 + index * 5, { TEAM_OPENPGP_KEY: key });
      try {
        const health = await fetch(`${server.url}/api/health`);
        expect(health.status, name).toBe(503);
        expect(((await health.json()) as { problem: string }).problem, name).toMatch(reason);
        const response = await fetch(`${server.url}/api/register`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': clientAddress() },
          body: JSON.stringify(validSignUp(uniquePrefix(), { name: 'Saba Tesfay', email: 'saba@example.org' })),
        });
        expect(response.status, name).toBe(202);
        expect(await response.json(), name).toMatchObject({ ok: true, queued: true });
        expect(await (await fetch(`${server.sinkUrl}/__outbox`)).json(), name).toEqual([]);
      } finally {
        await server.stop();
      }
    }
  });
});
