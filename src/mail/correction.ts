import type { EmailMessage } from './emailMessage';
import { escapeHtml } from '../utils/html';
import { headerSafe } from './headerSafe';

const dutchTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/**
 * The team's e-mail marked as a correction, for answers changed under a submission id that was
 * already sent (she went back and fixed her phone number): "Correctie:" in the subject and a note
 * on top with the time she sent these answers (the server's clock), so the team knows which of two
 * e-mails with one reference counts. A version that waited in the outbox may arrive after a newer
 * one: the note says so.
 */
export function asCorrection(message: EmailMessage, sent: { submittedAt?: string | undefined; waited?: boolean } = {}): EmailMessage {
  const when = sent.submittedAt ? ` Ze zijn verstuurd op ${dutchTime.format(new Date(sent.submittedAt))}.` : '';
  const waited = sent.waited ? ' Deze versie heeft in de wachtrij gestaan: is er een e-mail met dezelfde referentie die later is verstuurd, dan geldt die.' : '';
  const correctionNote = `Correctie: de gegevens zijn gewijzigd.${when} Deze e-mail vervangt de eerdere e-mail met dezelfde referentie.${waited}`;
  return {
    ...message,
    subject: headerSafe(`Correctie: ${message.subject}`),
    text: `${correctionNote}\n\n${message.text}`,
    html: message.html?.replace(/<body([^>]*)>/, `<body$1>\n<p><strong>${escapeHtml(correctionNote)}</strong></p>`),
  };
}
