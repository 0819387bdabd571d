import { describe, expect, it } from 'vitest';
import { parseCallback } from '../../src/forms/callback';
import { dictionaries } from '../../src/i18n/translations';
import { callbackReceipt, callbackTeamEmail } from '../../src/mail/callbackEmails';

const valid = {
  lang: 'en',
  referrerName: 'Joke de Wit',
  referrerOrganisation: 'Verloskundigen Drunen',
  referrerRole: 'midwife',
  referrerEmail: 'joke@example.org',
  motherName: 'ሳባ ተስፋይ',
  motherPhone: '06 23456789',
  callLanguage: 'other',
  callLanguageOther: 'Amharic',
  leaveMessage: 'no',
  consent: 'yes',
};
const meta = { reference: 'HJ-ABCDEFGH', from: 'a@example.org', inbox: 'coordinator@example.org', team: { phone: '0416-123456', whatsapp: '06-12345678', email: 't@example.org' } };

describe('callback requests', () => {
  it('accept a complete request, with the mother phone in E.164 and her own words for the language', () => {
    const result = parseCallback(valid);
    expect(result.ok && result.value).toMatchObject({ motherName: 'ሳባ ተስፋይ', motherPhone: '+31623456789', callLanguage: 'Amharic', leaveMessage: false });
  });

  it('list every problem at once, in the referrer language', () => {
    const result = parseCallback({ lang: 'nl', referrerEmail: 'not-an-address', motherPhone: '12' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.referrerEmail).toBe(dictionaries.nl['error.referrerEmail.required']);
      expect(result.errors.motherPhone).toBe(dictionaries.nl['error.phone.invalid']);
      expect(result.errors.consent).toBe(dictionaries.nl['error.callbackConsent.required']);
      expect(Object.keys(result.errors)).toHaveLength(9);
    }
  });

  it('mail the team in Dutch with "terugbelverzoek" and the reference in the subject, nothing personal there', () => {
    const result = parseCallback({ ...valid, note: '<script>x</script>' });
    if (!result.ok) throw new Error('expected a valid request');
    const email = callbackTeamEmail(result.value, meta);
    expect(email.subject).toBe('Terugbelverzoek Hallo jij! HJ-ABCDEFGH');
    expect(email.to).toEqual(['coordinator@example.org']);
    expect(email.replyTo).toBe('joke@example.org');
    expect(email.html).not.toContain('<script>');
    const receipt = callbackReceipt(result.value, meta);
    expect(receipt.to).toEqual(['joke@example.org']);
    expect(receipt.text).toContain('HJ-ABCDEFGH');
    expect(receipt.text).not.toContain('23456789');
  });
});
