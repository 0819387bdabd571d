import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/useTranslations';
import { escapeHtml } from '../utils/html';
import type { EmailMessage, MailMeta } from './emailMessage';
import { dutchLanguageName, htmlTable, letter, teamPreview } from './emailParts';
import { nameForGreeting } from './greeting';
import { headerSafe } from './headerSafe';

/** The referrer's role, as the team reads it. */
const roleDutch = { midwife: 'verloskundige', gp: 'huisarts', youthNurse: 'jeugdverpleegkundige', socialWorker: 'sociaal werker', other: 'anders' } as const;
/** What a referrer can be. */
export type ReferrerRole = keyof typeof roleDutch;

/** A valid callback request, normalised (src/forms/callback.ts): what the e-mails are made of. */
export interface CallbackRequest {
  lang: Locale;
  referrerName: string;
  referrerOrganisation: string;
  referrerRole: ReferrerRole;
  referrerEmail: string;
  /** E.164 */
  referrerPhone?: string;
  motherName: string;
  /** E.164 */
  motherPhone: string;
  /** A site language code, or the language in words. */
  callLanguage: string;
  bestTime?: string;
  leaveMessage: boolean;
  note?: string;
}

/** The callback request to the team, in Dutch: reference and "terugbelverzoek" in the subject, nothing personal there. */
export function callbackTeamEmail(request: CallbackRequest, meta: MailMeta): EmailMessage {
  const firstContact = `Bel ${request.motherName} op ${request.motherPhone}, in het ${dutchLanguageName(request.callLanguage)}.`;
  const preview = teamPreview('Terugbelverzoek', meta.reference);
  const rows: [string, string][] = [
    ['Naam moeder', request.motherName],
    ['Telefoon moeder', request.motherPhone],
    ['Taal', dutchLanguageName(request.callLanguage)],
    ['Beste tijd om te bellen', request.bestTime ?? '–'],
    ['Bericht inspreken', request.leaveMessage ? 'ja' : 'nee'],
    ['Toelichting', request.note ?? '–'],
    ['Verwijzer', request.referrerName],
    ['Functie', roleDutch[request.referrerRole]],
    ['Organisatie', request.referrerOrganisation],
    ['E-mail verwijzer', request.referrerEmail],
    ['Telefoon verwijzer', request.referrerPhone ?? '–'],
    ['Toestemming moeder', 'ja, volgens de verwijzer'],
    ['Referentie', meta.reference],
  ];
  return {
    from: meta.from,
    to: [meta.inbox],
    subject: headerSafe(`Terugbelverzoek Hallo jij! ${meta.reference}`),
    text: [preview.text, '', `Terugbelverzoek voor Hallo jij! (${meta.reference})`, '', firstContact, '', ...rows.map(([label, value]) => `${label}: ${value}`)].join('\n'),
    html: `<!doctype html><html lang="nl"><body style="font-family:sans-serif">
${preview.html}
<h1 style="font-size:20px">Terugbelverzoek voor Hallo jij! (${escapeHtml(meta.reference)})</h1>
<p><strong>${escapeHtml(firstContact)}</strong></p>
${htmlTable(rows)}
</body></html>`,
    replyTo: request.referrerEmail,
  };
}

/**
 * The receipt to the referrer, in the page language: reference and next steps, not the family's
 * phone; the referrer's name only when it looks like a name (src/mail/greeting.ts).
 */
export function callbackReceipt(request: CallbackRequest, meta: MailMeta): EmailMessage {
  const t = useTranslations(request.lang);
  const name = nameForGreeting(request.referrerName);
  const paragraphs = [
    name ? t('mail.receipt.greeting', { name }) : t('mail.receipt.greetingWithoutName'),
    t('mail.receipt.thanks'),
    t('mail.receipt.next'),
    t('mail.receipt.reference', { ref: meta.reference }),
    t('mail.receipt.signoff'),
  ];
  return letter(request.lang, { from: meta.from, to: request.referrerEmail, subject: t('mail.receipt.subject', { ref: meta.reference }), paragraphs });
}
