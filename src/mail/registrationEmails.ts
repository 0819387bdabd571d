import { dutchRouteName } from '../content/practices';
import { dutchTopicTitle } from '../content/topics';
import { villageName } from '../content/villages';
import type { AreaScores } from '../selfCheck/areas';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/useTranslations';
import { escapeHtml } from '../utils/html';
import type { EmailMessage, MailMeta } from './emailMessage';
import { dutchLanguageName, htmlTable, letter, teamPreview } from './emailParts';
import { firstNameForGreeting } from './greeting';
import { noteLanguage } from './noteLanguage';
import { selfCheckLines, selfCheckTable } from './selfCheckForTeam';
import { headerSafe } from './headerSafe';

/** How she wants to be contacted, as the team reads it. */
const contactByDutch = { call: 'bellen', whatsapp: 'WhatsApp', sms: 'sms', email: 'e-mail' } as const;
/** A way she can choose to be contacted. */
export type ContactMethod = keyof typeof contactByDutch;

/** A valid sign-up, normalised (src/forms/registration.ts): what the e-mails are made of. */
export interface Registration {
  lang: Locale;
  name: string;
  /** E.164, e.g. +31612345678. */
  phone?: string;
  email?: string;
  contactBy: ContactMethod;
  /** A site language code, or the language she wrote in her own words. */
  talkLanguage: string;
  /** YYYY-MM-DD: the due date, or the birth date when `babyBorn`. */
  dueDate: string;
  babyBorn: boolean;
  /** A village id of gemeente Heusden, or "elsewhere". */
  village: string;
  age?: number;
  /** How she found Hallo jij!: a practice id, a route (`consultatiebureau`, `folder`, `family`, `social`, `other`) or `unknown`. */
  route?: string;
  /** Her own words with route `other` (for the team only, never counted). */
  routeOther?: string;
  /** Topic ids (content/data/topics.json) she wants to talk about. */
  topics?: string[];
  message?: string;
  /** Her own scores from "Hoe gaat het met je?", when she chose to send them along. */
  selfCheck?: AreaScores;
}

const dutchDate = (isoDate: string) => isoDate.split('-').reverse().join('-');
const dutchVillage = (id: string) => (id === 'elsewhere' ? 'buiten gemeente Heusden' : villageName(id));

/**
 * The e-mail to the team, in Dutch: the reference in the subject (no personal or health data
 * there), first how and in which language to contact her, then every answer in a table.
 */
export function teamEmail(registration: Registration, meta: Pick<MailMeta, 'reference' | 'from' | 'inbox'>): EmailMessage {
  const { reference } = meta;
  const howTo = registration.contactBy === 'email' ? registration.email : registration.phone;
  const firstContact = `Neem contact op via ${contactByDutch[registration.contactBy]} (${howTo ?? registration.phone ?? registration.email}), in het ${dutchLanguageName(registration.talkLanguage)}.`;
  const notes = [
    registration.age !== undefined && registration.age > 28 ? `Ze is ${registration.age} jaar, ouder dan 28: help haar de goede steun te vinden.` : '',
    registration.village === 'elsewhere' ? 'Ze woont buiten gemeente Heusden: help haar de goede steun te vinden.' : '',
  ].filter(Boolean);
  const rows: [string, string][] = [
    ['Naam', registration.name],
    ['Telefoon', registration.phone ?? '–'],
    ['E-mail', registration.email ?? '–'],
    ['Contact via', contactByDutch[registration.contactBy]],
    ['Taal voor de gesprekken', dutchLanguageName(registration.talkLanguage)],
    [registration.babyBorn ? 'Baby geboren op' : 'Uitgerekend op', dutchDate(registration.dueDate)],
    ['Dorp', dutchVillage(registration.village)],
    ['Leeftijd', registration.age !== undefined ? String(registration.age) : '–'],
    ['Hoe ze ons vond', registration.route ? `${dutchRouteName(registration.route)}${registration.routeOther ? `: ${registration.routeOther}` : ''}` : '–'],
    ['Wil praten over', registration.topics?.map(dutchTopicTitle).join('; ') ?? '–'],
    ['Bericht', registration.message ?? '–'],
    ...(registration.message ? [['Taal van het bericht', noteLanguage(registration.message, registration.lang)] as [string, string]] : []),
    ['Taal van de website', dutchLanguageName(registration.lang)],
    ['Referentie', reference],
  ];
  const preview = teamPreview('Nieuwe aanmelding', reference);
  const text = [
    preview.text,
    '',
    `Nieuwe aanmelding voor Hallo jij! (${reference})`,
    '',
    firstContact,
    ...notes,
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    ...(registration.selfCheck ? ['', ...selfCheckLines(registration.selfCheck)] : []),
  ].join('\n');
  const html = `<!doctype html><html lang="nl"><body style="font-family:sans-serif">
${preview.html}
<h1 style="font-size:20px">Nieuwe aanmelding voor Hallo jij! (${escapeHtml(reference)})</h1>
<p><strong>${escapeHtml(firstContact)}</strong></p>
${notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('\n')}
${htmlTable(rows)}${registration.selfCheck ? `\n${selfCheckTable(registration.selfCheck)}` : ''}
</body></html>`;
  return {
    from: meta.from,
    to: [meta.inbox],
    subject: headerSafe(`Nieuwe aanmelding Hallo jij! ${reference}`),
    text,
    html,
    ...(registration.email ? { replyTo: registration.email } : {}),
  };
}

/**
 * The confirmation to her, in the language of the page she used: thanks, what happens next, how
 * to reach the team. It repeats none of her answers; it greets her by her first name only when
 * that looks like a name (src/mail/greeting.ts), so nobody can make it carry a link or an advert.
 */
export function confirmationEmail(
  registration: Registration & { email: string },
  meta: Pick<MailMeta, 'reference' | 'from' | 'team'>,
): EmailMessage {
  const t = useTranslations(registration.lang);
  const greeting = (name: string | undefined) => (name ? t('mail.confirmation.greeting', { name }) : t('mail.confirmation.greetingWithoutName'));
  const paragraphs = [
    greeting(firstNameForGreeting(registration.name)),
    t('mail.confirmation.thanks'),
    t('mail.confirmation.next'),
    t('mail.confirmation.reach', { phone: meta.team.phone, whatsapp: meta.team.whatsapp, email: meta.team.email }),
    t('mail.confirmation.reference', { ref: meta.reference }),
    t('mail.confirmation.signoff'),
  ];
  return letter(registration.lang, {
    from: meta.from,
    to: registration.email,
    subject: t('mail.confirmation.subject', { ref: meta.reference }),
    paragraphs,
  });
}
