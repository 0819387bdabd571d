import type { Registration } from '../forms/registration';
import { useTranslations } from '../i18n/useTranslations';
import type { EmailMessage } from './emailMessage';
import { escapeHtml, headerSafe } from './escape';
import { dutchLanguageName, htmlTable, letter } from './emailParts';
export type { EmailMessage } from './emailMessage';


const contactByDutch = { call: 'bellen', whatsapp: 'WhatsApp', sms: 'sms', email: 'e-mail' } as const;
const dutchDate = (isoDate: string) => isoDate.split('-').reverse().join('-');
const villageName = (id: string) => (id === 'elsewhere' ? 'buiten gemeente Heusden' : id.charAt(0).toUpperCase() + id.slice(1));

/**
 * The e-mail to the team, in Dutch: the reference in the subject (no personal or health data
 * there), first how and in which language to contact her, then every answer in a table.
 */
export function teamEmail(registration: Registration, meta: { reference: string; from: string; inbox: string }): EmailMessage {
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
    ['Dorp', villageName(registration.village)],
    ['Leeftijd', registration.age !== undefined ? String(registration.age) : '–'],
    ['Verloskundige', registration.midwife ?? '–'],
    ['Bericht', registration.message ?? '–'],
    ['Taal van de website', dutchLanguageName(registration.lang)],
    ['Referentie', reference],
  ];
  const text = [
    `Nieuwe aanmelding voor Hallo jij! (${reference})`,
    '',
    firstContact,
    ...notes,
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
  ].join('\n');
  const html = `<!doctype html><html lang="nl"><body style="font-family:sans-serif">
<h1 style="font-size:20px">Nieuwe aanmelding voor Hallo jij! (${escapeHtml(reference)})</h1>
<p><strong>${escapeHtml(firstContact)}</strong></p>
${notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('\n')}
${htmlTable(rows)}
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
 * to reach the team. It repeats none of her answers apart from her name.
 */
export function confirmationEmail(
  registration: Registration & { email: string },
  meta: { reference: string; from: string; team: { phone: string; email: string } },
): EmailMessage {
  const t = useTranslations(registration.lang);
  const paragraphs = [
    t('mail.confirmation.greeting', { name: registration.name }),
    t('mail.confirmation.thanks'),
    t('mail.confirmation.next'),
    t('mail.confirmation.reach', { phone: meta.team.phone, email: meta.team.email }),
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
