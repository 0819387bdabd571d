import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import villages from '../../content/data/villages.json' with { type: 'json' };
import { composeDate, isRealDate, parseRegistration } from '../../src/forms/registration';
import type { Registration } from '../../src/mail/registrationEmails';
import { cleanText } from '../../src/forms/sanitize';
import { villageIds } from '../../src/content/villages';
import { checkRateLimit, type CounterStore } from '../../src/submissions/rateLimit';
import { bodyKindOf, parseAnswers, readLimitedText } from '../../src/submissions/requestBody';
import { isCrossSite } from '../../src/submissions/requestGuards';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translations';
import { readMailConfig } from '../../src/delivery/mailSettings';
import { derivedSubmissionId, referenceFor } from '../../src/submissions/reference';
import { confirmationEmail, teamEmail } from '../../src/mail/registrationEmails';
import { sendExactlyOnce, type SendResult } from '../../src/delivery/sendPolicy';

const today = '2026-11-22';
const valid = {
  lang: 'nl',
  name: 'Fatima El Amrani',
  phone: '06 12345678',
  contactBy: 'whatsapp',
  talkLanguage: 'ar',
  'dueDate-day': '3',
  'dueDate-month': '5',
  'dueDate-year': '2027',
  village: 'drunen',
  consent: 'yes',
};

describe('registration rules', () => {
  it('accepts a valid sign-up and normalises it', () => {
    const result = parseRegistration(valid, today);
    expect(result).toEqual({
      ok: true,
      value: {
        lang: 'nl',
        name: 'Fatima El Amrani',
        phone: '+31612345678',
        contactBy: 'whatsapp',
        talkLanguage: 'ar',
        dueDate: '2027-05-03',
        babyBorn: false,
        village: 'drunen',
      },
    });
  });

  for (const lang of localeCodes) {
    it(`answers an empty form with every problem at once, in ${lang}`, () => {
      const result = parseRegistration({ lang }, today);
      if (result.ok) throw new Error('expected errors');
      const dictionary = dictionaries[lang];
      expect(result.errors).toEqual({
        name: dictionary['error.name.required'],
        phone: dictionary['error.contact.required'],
        contactBy: dictionary['error.contactBy.required'],
        talkLanguage: dictionary['error.talkLanguage.required'],
        dueDate: dictionary['error.dueDate.required'],
        village: dictionary['error.village.required'],
        consent: dictionary['error.consent.required'],
      });
    });
  }

  it('accepts names in Arabic and Ethiopic script, and strips bidi overrides and control characters', () => {
    for (const name of ['فاطمة الزهراء', 'ሳባ ተስፋይ']) {
      const result = parseRegistration({ ...valid, name }, today);
      expect(result.ok && result.value.name).toBe(name);
    }
    const spoofed = parseRegistration({ ...valid, name: 'Ann\u202Eevil\u0007\n' }, today);
    expect(spoofed.ok && spoofed.value.name).toBe('Annevil');
    expect(cleanText('  e\u0301  ')).toBe('é');
  });

  it('caps every text field', () => {
    const result = parseRegistration({ ...valid, name: 'x'.repeat(101), message: 'y'.repeat(1001), routeOther: 'z'.repeat(101) }, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(['name', 'routeOther', 'message']);
  });

  it('checks phone numbers with libphonenumber (Dutch default, international allowed)', () => {
    expect(parseRegistration({ ...valid, phone: '+48 601 234 567' }, today).ok).toBe(true);
    const wrong = parseRegistration({ ...valid, phone: '12345' }, today);
    expect(!wrong.ok && wrong.errors.phone).toBe(dictionaries.nl['error.phone.invalid']);
    const emailOnly = parseRegistration({ ...valid, phone: '', email: 'a@example.org' }, today);
    expect(!emailOnly.ok && emailOnly.errors.phone).toBe(dictionaries.nl['error.contactBy.needsPhone']);
  });

  it('checks the date against today: due in the future, born in the past', () => {
    const at = (day: string, month: string, year: string, extra = {}) =>
      parseRegistration({ ...valid, 'dueDate-day': day, 'dueDate-month': month, 'dueDate-year': year, ...extra }, today);
    const error = (result: ReturnType<typeof at>) => (!result.ok ? result.errors.dueDate : undefined);
    expect(error(at('31', '2', '2027'))).toBe(dictionaries.nl['error.dueDate.invalid']);
    expect(error(at('1', '1', '2026'))).toBe(dictionaries.nl['error.dueDate.past']);
    expect(error(at('1', '1', '2028'))).toBe(dictionaries.nl['error.dueDate.tooFar']);
    expect(at('1', '10', '2026', { babyBorn: 'yes' }).ok).toBe(true);
    expect(error(at('1', '1', '2027', { babyBorn: 'yes' }))).toBe(dictionaries.nl['error.birthDate.future']);
    expect(composeDate({ dueDate: '2027-01-02' })).toEqual({ value: '2027-01-02', entered: true });
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
  });

  it('accepts women over 28 and outside the municipality', () => {
    expect(parseRegistration({ ...valid, age: '34', village: 'elsewhere' }, today).ok).toBe(true);
  });

  it('knows the villages of content/data/villages.json', () => {
    expect(villageIds).toEqual(villages.map((village) => village.id));
  });
});

const registration: Registration = {
  lang: 'ar',
  name: '<script>alert(1)</script>\r\nBcc: evil@example.org',
  phone: '+31612345678',
  email: 'fatima@example.org',
  contactBy: 'call',
  talkLanguage: 'ti',
  dueDate: '2027-05-03',
  babyBorn: false,
  village: 'elsewhere',
  age: 31,
  message: '<img src=x onerror=alert(1)> & "quotes"',
};
const meta = { reference: 'HJ-ABCDEFGH', from: 'Hallo jij! <a@example.org>', inbox: 'team@example.org' };

describe('e-mails', () => {
  it('tell the team in Dutch how and in which language to contact her, with every value escaped', () => {
    const email = teamEmail(registration, meta);
    expect(email.subject).toBe('Nieuwe aanmelding Hallo jij! HJ-ABCDEFGH');
    expect(email.to).toEqual(['team@example.org']);
    expect(email.replyTo).toBe('fatima@example.org');
    expect(email.text).toContain('Neem contact op via bellen (+31612345678), in het Tigrinya.');
    expect(email.text).toContain('ouder dan 28');
    expect(email.text).toContain('buiten gemeente Heusden');
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
  });

  it('never carry personal data or a line break in the subject (property test)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, message) => {
        const email = teamEmail({ ...registration, name, message }, meta);
        const confirmation = confirmationEmail({ ...registration, name, email: 'a@example.org' }, { ...meta, team: { phone: '1', whatsapp: '2', email: 'b@example.org' } });
        for (const subject of [email.subject, confirmation.subject]) {
          expect(subject).not.toMatch(/[\r\n]/);
          if (name.trim().length > 3) expect(subject).not.toContain(name);
        }
        expect(email.html).not.toMatch(/<(script|img|iframe)/i);
        expect(confirmation.html).not.toMatch(/<(script|img|iframe)/i);
      }),
    );
  });

  it('confirm to her in her language, right to left for Arabic, without her health details', () => {
    const email = confirmationEmail({ ...registration, name: 'فاطمة', email: 'fatima@example.org' }, { ...meta, team: { phone: '0416-123456', whatsapp: '06-12345678', email: 'team@example.org' } });
    expect(email.to).toEqual(['fatima@example.org']);
    expect(email.html).toContain('dir="rtl"');
    expect(email.text).toContain('HJ-ABCDEFGH');
    expect(email.text).toContain('0416-123456');
    expect(email.text).not.toContain('2027');
    expect(email.text).not.toContain('+31612345678');
  });

  it("name the team's phone number for calling and its WhatsApp number for WhatsApp, in every language", () => {
    const team = { phone: '0416-123456', whatsapp: '06-12345678', email: 'team@example.org' };
    const text = (lang: Locale) => confirmationEmail({ ...registration, lang, email: 'a@example.org' }, { ...meta, team }).text;
    expect(text('nl')).toContain('Bel ons op 0416-123456, stuur een WhatsApp-bericht naar 06-12345678 of mail naar team@example.org.');
    expect(text('ar')).toContain('اتصلي بنا على الرقم \u20660416-123456\u2069، أو راسلينا على واتساب على الرقم \u206606-12345678\u2069');
    for (const lang of localeCodes) {
      expect(text(lang), lang).toContain('06-12345678');
      // The landline once, for calling, and never named for WhatsApp.
      expect(text(lang).split('0416-123456'), lang).toHaveLength(2);
    }
  });

  it('gives every retry of a submission the same reference', async () => {
    expect(referenceFor('abc')).toBe(referenceFor('abc'));
    expect(referenceFor('abc')).toMatch(/^HJ-[A-Z2-9]{8}$/);
    expect(derivedSubmissionId({ a: 1, b: 2 })).toBe(derivedSubmissionId({ b: 2, a: 1 }));
  });
});

describe('sending exactly once', () => {
  const policy = { attempts: 4, firstDelayMs: 1, attemptTimeoutMs: 50, sleep: async () => {} };
  const scripted = (answers: SendResult[]) => {
    const keys: string[] = [];
    const send = async (_message: unknown, { idempotencyKey }: { idempotencyKey: string }) => {
      keys.push(idempotencyKey);
      return answers.shift() ?? { data: { id: 'ok' }, error: null };
    };
    return { send, keys };
  };
  const failure = (name: string, statusCode: number | null): SendResult => ({ data: null, error: { name, statusCode } });
  const message = teamEmail(registration, meta);

  it('retries network errors, 5xx, rate limits and concurrent duplicates with the same key', async () => {
    const { send, keys } = scripted([failure('application_error', null), failure('internal_server_error', 500), failure('rate_limit_exceeded', 429)]);
    expect(await sendExactlyOnce(send, message, 'id:team', policy)).toEqual({ ok: true, id: 'ok', attempts: 4 });
    expect(new Set(keys)).toEqual(new Set(['id:team']));
    const concurrent = scripted([failure('concurrent_idempotent_requests', 409)]);
    expect((await sendExactlyOnce(concurrent.send, message, 'k', policy)).ok).toBe(true);
  });

  it('does not retry what will not get better', async () => {
    for (const [name, status] of [['validation_error', 422], ['invalid_idempotent_request', 409], ['daily_quota_exceeded', 429], ['monthly_quota_exceeded', 429]] as const) {
      const { send, keys } = scripted([failure(name, status)]);
      expect(await sendExactlyOnce(send, message, 'k', policy)).toEqual({ ok: false, error: name, retryable: false, attempts: 1 });
      expect(keys).toHaveLength(1);
    }
  });

  it('gives up on a hanging try and retries it', async () => {
    let calls = 0;
    const send = () => (++calls === 1 ? new Promise<SendResult>(() => {}) : Promise.resolve({ data: { id: 'late' }, error: null }));
    expect(await sendExactlyOnce(send, message, 'k', policy)).toEqual({ ok: true, id: 'late', attempts: 2 });
  });
});

describe('request guards', () => {
  const post = (headers: Record<string, string>, body?: BodyInit) => new Request('https://site.example/api/register', { method: 'POST', headers, body: body ?? null, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);

  it('accepts form posts and JSON only', () => {
    expect(bodyKindOf(post({ 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' }))).toBe('form');
    expect(bodyKindOf(post({ 'Content-Type': 'application/json' }))).toBe('json');
    expect(bodyKindOf(post({ 'Content-Type': 'multipart/form-data; boundary=x' }))).toBeUndefined();
    expect(parseAnswers('json', '[1,2]')).toBeUndefined();
    expect(parseAnswers('json', '{broken')).toBeUndefined();
    expect(parseAnswers('form', 'a=1&a=2&b=%F0%9F%91%8B')).toEqual({ a: '2', b: '👋' });
  });

  it('stops reading a body past 16 KB, also without a Content-Length (chunked)', async () => {
    const big = 'x'.repeat(17 * 1024);
    expect((await readLimitedText(post({}, big))).ok).toBe(false);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i += 1) controller.enqueue(new TextEncoder().encode('y'.repeat(1024)));
        controller.close();
      },
    });
    expect((await readLimitedText(post({}, stream))).ok).toBe(false);
    expect(await readLimitedText(post({}, 'small'))).toEqual({ ok: true, text: 'small' });
  });

  it('refuses other sites, lets other systems without Origin through', () => {
    expect(isCrossSite(post({ Origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSite(post({ 'Sec-Fetch-Site': 'cross-site' }))).toBe(true);
    expect(isCrossSite(post({ Origin: 'https://site.example', 'Sec-Fetch-Site': 'same-origin' }))).toBe(false);
    expect(isCrossSite(post({}))).toBe(false);
  });

  it('limits submissions per client address, storing only a salted hash', async () => {
    const values = new Map<string, string>();
    const store: CounterStore = { get: async (key) => values.get(key) ?? null, put: async (key, value) => void values.set(key, value) };
    const rule = { limit: 2, windowSeconds: 600 };
    const now = 1_800_000_400_000;
    expect((await checkRateLimit(store, '203.0.113.9', 'salt', rule, now)).allowed).toBe(true);
    expect((await checkRateLimit(store, '203.0.113.9', 'salt', rule, now)).allowed).toBe(true);
    expect(await checkRateLimit(store, '203.0.113.9', 'salt', rule, now)).toEqual({ allowed: false, retryAfterSeconds: 200 });
    expect((await checkRateLimit(store, '198.51.100.1', 'salt', rule, now)).allowed).toBe(true);
    expect([...values.keys()].join()).not.toContain('203.0.113.9');
  });

  it('names a missing mail setting, never its value', () => {
    const result = readMailConfig({ RESEND_API_KEY: 'secret', REGISTRATION_INBOX: 'not an address' });
    expect(result).toEqual({ ok: false, problems: ['MAIL_FROM', 'REGISTRATION_INBOX'] });
    expect(readMailConfig({ RESEND_API_KEY: 'k', MAIL_FROM: 'a@example.org', REGISTRATION_INBOX: 'b@example.org' }, 'CALLBACK_INBOX')).toEqual({ ok: false, problems: ['CALLBACK_INBOX'] });
  });
});
