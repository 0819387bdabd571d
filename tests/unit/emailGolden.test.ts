import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { teamContact } from '../../src/content/team';
import { secondChannelEmail } from '../../src/delivery/secondChannel';
import { useTranslations } from '../../src/i18n/useTranslations';
import { asCorrection } from '../../src/mail/correction';
import { callbackSubmission } from '../../src/submissions/callbackSubmission';
import { registrationSubmission } from '../../src/submissions/registrationSubmission';

// Every e-mail the forms make, for a fixed set of sign-ups and callback requests, byte for byte
// against a file kept in the repository: a change to what the team or she receives shows as a
// diff of tests/unit/__golden__/emails.json, and a refactoring must leave it unchanged.

const today = '2026-12-01';
const meta = (reference: string) => ({ reference, from: 'Hallo jij! <hallojij@example.org>', inbox: 'team@example.org', team: teamContact });

const signUps: Record<string, unknown>[] = [
  { lang: 'nl', name: 'Sanne de Vries', phone: '06 12345678', email: 'sanne@example.org', contactBy: 'whatsapp', talkLanguage: 'nl', 'dueDate-day': '3', 'dueDate-month': '4', 'dueDate-year': '2027', village: 'drunen', age: '19', route: 'verloskundigen-drunen', message: 'Ik heb een vraag over\nkinderopvang.', consent: 'yes' },
  { lang: 'en', name: 'Amy Clark', email: 'amy@example.org', contactBy: 'email', talkLanguage: 'en', dueDate: '2027-02-14', village: 'elsewhere', age: '31', consent: 'true' },
  { lang: 'pl', name: 'Agnieszka Kowalska', phone: '+48 601 234 567', email: 'agnieszka@example.org', contactBy: 'sms', talkLanguage: 'pl', dueDate: '2026-11-20', babyBorn: 'yes', village: 'oudheusden', consent: 'on' },
  { lang: 'tr', name: 'Elif Yılmaz', phone: '0612345679', contactBy: 'call', talkLanguage: 'other', talkLanguageOther: 'Koerdisch', dueDate: '2027-05-01', village: 'nieuwkuijk', route: 'other', routeOther: 'Via de moskee', consent: 'yes' },
  { lang: 'ar', name: 'فاطمة <b>أحمد</b> & "Co"', phone: '06 11112222', email: 'fatima@example.org', contactBy: 'whatsapp', talkLanguage: 'ar', dueDate: '2027-01-09', village: 'vlijmen', message: 'سؤال عن الولادة <script>alert(1)</script>', consent: 'yes' },
  { lang: 'ti', name: 'ሳባ ተስፋይ', phone: '06 33334444', email: 'saba@example.org', contactBy: 'call', talkLanguage: 'ti', dueDate: '2027-03-30', village: 'hedikhuizen', topics: ['wonen', 'geld'], message: 'ብዛዕባ ገዛ ክዛረብ እደሊ', selfCheckShare: 'yes', 'selfCheck-body1': '4', 'selfCheck-body2': '5', 'selfCheck-feelings1': '2', 'selfCheck-feelings2': '2', 'selfCheck-meaning1': '3', 'selfCheck-meaning2': '3', 'selfCheck-quality1': '5', 'selfCheck-quality2': '4', 'selfCheck-participation1': '3', 'selfCheck-participation2': '4', 'selfCheck-dailyLife1': '2', 'selfCheck-dailyLife2': '1', consent: 'yes' },
];

const callbacks: Record<string, unknown>[] = [
  { lang: 'nl', referrerName: 'Marieke Jansen', referrerOrganisation: 'Verloskundigenpraktijk De Linde', referrerRole: 'midwife', referrerEmail: 'marieke@example.org', referrerPhone: '0416 123456', motherName: 'Sara Bakker', motherPhone: '06 55556666', callLanguage: 'nl', bestTime: 'na 15:00', leaveMessage: 'yes', note: 'Graag deze week.', consent: 'yes' },
  { lang: 'en', referrerName: 'Dr. Omar', referrerOrganisation: 'Huisartsen Vlijmen', referrerRole: 'gp', referrerEmail: 'omar@example.org', motherName: 'ሄለን', motherPhone: '+31 6 12345670', callLanguage: 'other', callLanguageOther: 'Tigrinya', leaveMessage: 'no', consent: 'yes' },
];

async function allEmails() {
  const emails: Record<string, unknown> = {};
  for (const [index, answers] of signUps.entries()) {
    const result = registrationSubmission.parse(answers, today, useTranslations(String(answers.lang)));
    if (!result.ok) throw new Error(`sign-up ${index}: ${JSON.stringify(result.errors)}`);
    const composed = registrationSubmission.emails(result.value, meta(`HJ-SIGNUP${index}`));
    emails[`registration ${index} team`] = composed.team;
    emails[`registration ${index} receipt`] = composed.receipt ?? null;
    emails[`registration ${index} correction`] = asCorrection(composed.team, { submittedAt: '2026-12-01T09:30:00.000Z', waited: index % 2 === 0 });
  }
  for (const [index, answers] of callbacks.entries()) {
    const result = callbackSubmission.parse(answers, today, useTranslations(String(answers.lang)));
    if (!result.ok) throw new Error(`callback ${index}: ${JSON.stringify(result.errors)}`);
    const composed = callbackSubmission.emails(result.value, meta(`HJ-CALLBAK${index}`));
    emails[`callback ${index} team`] = composed.team;
    emails[`callback ${index} receipt`] = composed.receipt ?? null;
  }
  // The second channel: the raw MIME has a random boundary, so what it carries is compared.
  const first = registrationSubmission.parse(signUps[4]!, today, useTranslations('ar'));
  if (!first.ok) throw new Error('sign-up 4');
  const composed = registrationSubmission.emails(first.value, meta('HJ-SECOND00'));
  const waiting = {
    version: 1 as const,
    form: 'registration',
    reference: 'HJ-SECOND00',
    emails: [
      { role: 'team' as const, idempotencyKey: 'registration:x:team', message: composed.team },
      { role: 'receipt' as const, idempotencyKey: 'registration:x:receipt', message: composed.receipt! },
    ],
    reason: 'network_error',
  };
  for (const [name, delivered] of [['team missing', []], ['receipt missing', ['registration:x:team']]] as const) {
    const raw = secondChannelEmail({ ...waiting, delivered: [...delivered] }, 'Hallo jij! <hallojij@example.org>');
    const parsed = await PostalMime.parse(raw!.raw);
    emails[`second channel ${name}`] = { from: raw!.from, to: raw!.to, subject: parsed.subject, text: parsed.text, html: parsed.html };
  }
  return emails;
}

describe('the e-mails of the forms', () => {
  it('are byte for byte what tests/unit/__golden__/emails.json holds', async () => {
    await expect(`${JSON.stringify(await allEmails(), null, 2)}\n`).toMatchFileSnapshot('__golden__/emails.json');
  });
});
