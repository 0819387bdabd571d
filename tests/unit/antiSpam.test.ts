import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/useTranslations';
import { localeCodes } from '../../src/i18n/locales';
import { callbackReceipt } from '../../src/mail/callbackEmails';
import { firstNameForGreeting, nameForGreeting } from '../../src/mail/greeting';
import { confirmationEmail } from '../../src/mail/registrationEmails';
import type { Registration } from '../../src/mail/registrationEmails';
import { mayMailAddress, receiptLimit, withinReceiptLimit } from '../../src/submissions/receiptLimit';
import { cleanText } from '../../src/forms/sanitize';

// Nobody can use the forms to mail a stranger: a name that could carry a link or an advert is not
// repeated, and one address gets at most two confirmations a day, whoever sends the form.

const hostileNames = [
  'Gratis iPhone op evil-example.win klik nu',
  'https://evil.example/win',
  'www.evil-example.win',
  'javascript:alert(1)',
  '<a href="https://evil.example">Sanne</a>',
  'Sanne\u202Eniw.elpmaxe-live',
  'Bel 0900-1234',
  'Sanne (evil.example)',
  'x'.repeat(100),
  'Anna Maria Sofia Johanna Petronella',
  'WIN €100',
  'info@evil.example',
];

describe('greeting by name', () => {
  it('uses the first name when the name looks like a name, in any script', () => {
    expect(firstNameForGreeting('Sanne de Vries')).toBe('Sanne');
    expect(firstNameForGreeting('ሳባ ተስፋይ')).toBe('ሳባ');
    expect(firstNameForGreeting('فاطمة الزهراء')).toBe('فاطمة');
    expect(firstNameForGreeting("Zoë O'Neill-Smit")).toBe('Zoë');
    expect(nameForGreeting('Marieke Jansen')).toBe('Marieke Jansen');
  });

  it('never repeats a hostile name: links, javascript:, bidi controls, numbers, 100 characters', () => {
    for (const name of hostileNames) expect(firstNameForGreeting(cleanText(name)), name).toBeUndefined();
  });

  for (const lang of localeCodes) {
    it(`a confirmation in ${lang} for a hostile name greets without it and carries nothing of it`, () => {
      for (const name of hostileNames) {
        const registration: Registration & { email: string } = { lang, name: cleanText(name), email: 'a@example.org', contactBy: 'email', talkLanguage: lang, dueDate: '2027-03-01', babyBorn: false, village: 'drunen' };
        const email = confirmationEmail(registration, { reference: 'HJ-ABCDEFGH', from: 'hallojij@example.org', team: { phone: '0416-123456', whatsapp: '06-12345678', email: 't@example.org' } });
        expect(email.text.startsWith(useTranslations(lang)('mail.confirmation.greetingWithoutName'))).toBe(true);
        for (const part of ['evil', 'http', 'www', 'javascript', 'iPhone', '0900', '€', 'xxxxxxxxxx']) expect(email.text + email.html, `${lang} ${name}`).not.toContain(part);
      }
    });
  }

  it("the referrer's receipt likewise", () => {
    const receipt = callbackReceipt(
      { lang: 'nl', referrerName: 'Gratis iPhone op evil-example.win klik nu', referrerOrganisation: 'x', referrerRole: 'gp', referrerEmail: 'a@example.org', motherName: 'Sara', motherPhone: '+31612345678', callLanguage: 'nl', leaveMessage: false },
      { reference: 'HJ-ABCDEFGH', from: 'hallojij@example.org', inbox: 'team@example.org', team: { phone: '0416-123456', whatsapp: '06-12345678', email: 't@example.org' } },
    );
    expect(receipt.text.startsWith('Goedendag,')).toBe(true);
    expect(receipt.text).not.toContain('evil');
  });
});

describe('confirmations per address', () => {
  const store = () => {
    const values = new Map<string, { value: string; expiration?: number }>();
    return {
      values,
      get: async (key: string) => values.get(key)?.value ?? null,
      put: async (key: string, value: string, options: { expiration: number } | { expirationTtl: number }) => void values.set(key, { value, ...('expiration' in options ? { expiration: options.expiration } : {}) }),
    };
  };
  const now = Date.parse('2026-12-05T12:00:00Z');

  it('at most two a day to one address, whatever its case; a repeat of the same submission counts once', async () => {
    const kv = store();
    const may = (address: string, id: string, at = now) => mayMailAddress(kv, 'salt', address, id, at);
    expect(await may('saba@example.org', 's1')).toBe(true);
    expect(await may('saba@example.org', 's1')).toBe(true);
    expect(await may('Saba@Example.org ', 's2')).toBe(true);
    expect(await may('saba@example.org', 's3')).toBe(false);
    expect(await may('other@example.org', 's3')).toBe(true);
    expect(await may('saba@example.org', 's4', now + receiptLimit.windowSeconds * 1000 + 1000)).toBe(true);
  });

  it('keeps no address: only a salted hash, with its window end', async () => {
    const kv = store();
    await mayMailAddress(kv, 'salt', 'saba@example.org', 's1', now);
    const [key, stored] = [...kv.values][0]!;
    expect(key + stored.value).not.toContain('saba');
    expect(stored.expiration).toBe(now / 1000 + receiptLimit.windowSeconds);
  });

  it('holds back only the receipt; the team e-mail always goes', async () => {
    const kv = store();
    const message = { from: 'a@example.org', subject: 's', text: 't' };
    const emails = (id: string) => [
      { role: 'team' as const, idempotencyKey: `registration:${id}:team`, message: { ...message, to: ['team@example.org'] } },
      { role: 'receipt' as const, idempotencyKey: `registration:${id}:receipt`, message: { ...message, to: ['saba@example.org'] } },
    ];
    const results = [];
    for (const id of ['a', 'b', 'c', 'd']) results.push(await withinReceiptLimit(emails(id), { store: kv, salt: 's', submissionId: id, nowMs: now }));
    expect(results.map((result) => result.emails.map((email) => email.role).join('+'))).toEqual(['team+receipt', 'team+receipt', 'team', 'team']);
    expect(results.map((result) => result.held)).toEqual([false, false, true, true]);
  });
});
