import { describe, expect, it } from 'vitest';
import { isolateLatinNames, isolateLatinNamesFor } from '../../src/i18n/bidi';
import { localeCodes, getLocaleDir } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/useTranslations';
import { callbackReceipt } from '../../src/mail/callbackEmails';
import { confirmationEmail } from '../../src/mail/registrationEmails';
import { pageMetadata } from '../../src/seo/pageMetadata';
import type { Registration } from '../../src/mail/registrationEmails';
import type { CallbackRequest } from '../../src/mail/callbackEmails';

const isolated = '\u2066Hallo jij!\u2069';
const isolates = /[\u2066\u2069]/;
const count = (text: string, character: string) => text.split(character).length - 1;
/** Every "Hallo jij!" in `text` is isolated exactly once, and every isolate is closed. */
const onlyIsolatedNames = (text: string) =>
  !text.replaceAll(isolated, '').includes('Hallo jij!') && !text.includes(`\u2066${isolated}`) && count(text, '\u2066') === count(text, '\u2069');

describe('isolating Latin names', () => {
  it('is idempotent: text that went through t() is not isolated twice', () => {
    const once = isolateLatinNames('برنامج Hallo jij! مجاني، Hallo jij!');
    expect(once).toBe(`برنامج ${isolated} مجاني، ${isolated}`);
    expect(isolateLatinNames(once)).toBe(once);
    expect(isolateLatinNames(`${useTranslations('ar')('site.owner')} Hallo jij!`)).toBe(`${useTranslations('ar')('site.owner')} ${isolated}`);
  });

  it('isolates on right-to-left locales only, the direction coming from the locale', () => {
    for (const lang of localeCodes) {
      const result = isolateLatinNamesFor(lang, 'Hallo jij! x');
      expect(result).toBe(getLocaleDir(lang) === 'rtl' ? `${isolated} x` : 'Hallo jij! x');
    }
    expect(isolateLatinNamesFor('ar', 'Hallo jij!')).toBe(isolated);
    expect(isolateLatinNamesFor('he', 'Hallo jij!')).toBe(isolated);
    expect(isolateLatinNamesFor('nl', 'Hallo jij!')).toBe('Hallo jij!');
  });
});

describe('page metadata', () => {
  const ar = useTranslations('ar');

  it('isolates the name in the Arabic title and description from frontmatter, once beside the name from t()', () => {
    const head = pageMetadata('ar', {
      title: 'عن Hallo jij!',
      description: 'برنامج Hallo jij! مجاني لكِ.',
      siteName: ar('site.name'),
      siteNameFirst: false,
    });
    expect(head).toEqual({ title: `عن ${isolated} – ${isolated}`, description: `برنامج ${isolated} مجاني لكِ.` });
  });

  it('leads with the site name on the home page, and leaves left-to-right languages as they are', () => {
    const head = pageMetadata('nl', { title: 'Een warme start', description: 'Hallo jij! is gratis.', siteName: 'Hallo jij!', siteNameFirst: true });
    expect(head).toEqual({ title: 'Hallo jij! – Een warme start', description: 'Hallo jij! is gratis.' });
  });
});

describe('e-mails leave the site with the name isolated in Arabic', () => {
  const registration: Registration & { email: string } = {
    lang: 'ar', name: 'فاطمة', phone: '+31612345678', email: 'fatima@example.org', contactBy: 'email',
    talkLanguage: 'ar', dueDate: '2027-05-03', babyBorn: false, village: 'drunen',
  };
  const request = {
    lang: 'ar', referrerName: 'Joke', referrerOrganisation: 'Org', referrerRole: 'midwife', referrerEmail: 'joke@example.org',
    motherName: 'Saba', motherPhone: '+31623456789', callLanguage: 'ar', leaveMessage: false,
  } as CallbackRequest;
  const meta = { reference: 'HJ-ABCDEFGH', from: 'a@example.org', inbox: 'team@example.org', team: { phone: '0416-123456', whatsapp: '06-12345678', email: 't@example.org' } };

  it('in subject, text and HTML of the confirmation and the receipt', () => {
    for (const email of [confirmationEmail(registration, meta), callbackReceipt(request, meta)]) {
      expect(email.subject).toContain(isolated);
      for (const part of [email.subject, email.text, email.html ?? '']) expect(onlyIsolatedNames(part)).toBe(true);
    }
    const dutch = confirmationEmail({ ...registration, lang: 'nl' }, meta);
    expect(dutch.subject).toContain('Hallo jij!');
    for (const part of [dutch.subject, dutch.text, dutch.html]) expect(part).not.toMatch(isolates);
  });
});

describe('numbers and addresses inside right-to-left sentences', () => {
  it('isolates a phone number, an e-mail address and a reference as left-to-right runs in Arabic only', () => {
    const ar = useTranslations('ar');
    expect(ar('received.urgent', { phone: '0416-123456', whatsapp: '06-12345678' })).toContain('\u20660416-123456\u2069');
    expect(ar('received.urgent', { phone: '0416-123456', whatsapp: '06-12345678' })).toContain('\u206606-12345678\u2069');
    expect(ar('contact.email', { email: 'hallojij@heusden.nl' })).toContain('\u2066hallojij@heusden.nl\u2069');
    expect(ar('thanks.reference', { ref: 'HJ-ABCD2345' })).toContain('\u2066HJ-ABCD2345\u2069');
    expect(useTranslations('nl')('received.urgent', { phone: '0416-123456', whatsapp: '06-12345678' })).toBe('Is het dringend? Bel ons op 0416-123456 of stuur een WhatsApp-bericht naar 06-12345678.');
    expect(useTranslations('ti')('received.urgent', { phone: '0416-123456', whatsapp: '06-12345678' })).not.toContain('\u2066');
  });
});
