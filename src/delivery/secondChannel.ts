import { createMimeMessage, Mailbox } from 'mimetext/browser';
import type { EmailMessage } from '../mail/emailMessage';
import { headerSafe } from '../mail/headerSafe';
import type { Outcome, Tally } from '../counts/tally';
import { utf8ToBase64 } from '../utils/base64';
import { escapeHtml } from '../utils/html';
import { logEvent } from '../utils/log';
import type { OutboxMessage, QueuedMessage } from './outboxMessage';
import { takeQueued } from './takeQueued';
import type { TeamMailSecurity } from './teamMailSecurity';

/** An e-mail as Cloudflare's `send_email` binding takes it: envelope sender and recipient, raw MIME. */
export interface RawEmail {
  from: string;
  to: string;
  raw: string;
}

/** Sends a raw e-mail through the `send_email` binding (Email Routing to the team's verified inbox). */
export type RawSender = (email: RawEmail) => Promise<unknown>;

const secondChannelNote = (reason: string) =>
  `Via de reserveroute: de e-maildienst Resend kon deze e-mail niet versturen (${reason}).`;

/** The bare address of "Name <address>" or of a bare address. */
export function addressOf(mailbox: string): string {
  return /<([^<>\s]+)>\s*$/.exec(mailbox)?.[1] ?? mailbox.trim();
}

function base64Lines(text: string): string {
  return (utf8ToBase64(text).match(/.{1,76}/g) ?? []).join('\r\n');
}

/** Raw MIME (text, and HTML when there is any; base64 so any script survives) for one e-mail to one recipient. */
export function toMime(message: Pick<EmailMessage, 'subject' | 'text' | 'html' | 'replyTo'>, from: string, to: string): string {
  const mime = createMimeMessage();
  const name = /^(.*?)\s*<[^<>]+>\s*$/.exec(from)?.[1]?.replace(/^"|"$/g, '');
  mime.setSender(name ? { name, addr: addressOf(from) } : addressOf(from));
  mime.setRecipient(to);
  if (message.replyTo) mime.setHeader('Reply-To', new Mailbox(message.replyTo));
  mime.setSubject(headerSafe(message.subject));
  mime.addMessage({ contentType: 'text/plain', data: base64Lines(message.text), encoding: 'base64' });
  if (message.html !== undefined) mime.addMessage({ contentType: 'text/html', data: base64Lines(message.html), encoding: 'base64' });
  return mime.asRaw();
}

/**
 * What the team gets through the second channel for a message the outbox gave up on: the team's
 * own e-mail (marked as coming by the back-up route) if it never arrived, with a line about her
 * confirmation if that did not go either; or, when only the confirmation failed, a short note that
 * the team must tell her themselves. Undefined when everything was delivered after all.
 */
export function secondChannelEmail(message: OutboxMessage, from: string): RawEmail | undefined {
  const delivered = new Set(message.delivered ?? []);
  const team = message.emails.find((email) => email.role === 'team');
  if (!team) return undefined;
  const inbox = team.message.to[0]!;
  const missedReceipts = message.emails.filter((email) => email.role === 'receipt' && !delivered.has(email.idempotencyKey));
  // No address here: these lines travel in clear, also when the team's e-mail is sealed.
  const receiptNotes = missedReceipts.map(() => `De bevestiging per e-mail is niet verstuurd. Laat zelf weten dat ${message.reference} binnen is.`);
  const reason = message.reason ?? 'onbekende fout';
  if (!delivered.has(team.idempotencyKey)) {
    const notes = [secondChannelNote(reason), ...receiptNotes];
    const marked = {
      ...team.message,
      subject: `[Reserveroute] ${team.message.subject}`,
      text: `${notes.join('\n')}\n\n${team.message.text}`,
      html: team.message.html?.replace(/<body([^>]*)>/, `<body$1>\n${notes.map((note) => `<p><strong>${escapeHtml(note)}</strong></p>`).join('\n')}`),
    };
    return { from: addressOf(from), to: inbox, raw: toMime(marked, from, inbox) };
  }
  if (receiptNotes.length === 0) return undefined;
  const text = [`Het team heeft de e-mail met referentie ${message.reference} gekregen.`, ...receiptNotes, `Reden: ${reason}.`].join('\n');
  const note = { subject: `[Reserveroute] Bevestiging niet verstuurd ${message.reference}`, text, html: `<!doctype html><html lang="nl"><body>${text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</body></html>` };
  return { from: addressOf(from), to: inbox, raw: toMime(note, from, inbox) };
}

/**
 * Handles one message of the dead-letter queue: deliver the team's e-mail through the second
 * channel and ack, logging an error with the reference only (the team is alerted on it). If that
 * fails too, the message stays in the dead-letter queue for another try later, and the log says so.
 */
export async function consumeDeadLetter(
  queued: QueuedMessage,
  deps: {
    sendRaw: RawSender;
    from: string | undefined;
    retryDelaySeconds: number;
    security: TeamMailSecurity;
    salt: string;
    /** Counts a team e-mail that arrived by the second channel (src/counts/); never throws. */
    count?: (tally: Tally, outcome: Outcome) => Promise<void>;
  },
): Promise<void> {
  const taken = await takeQueued(queued, 'dead-letter', deps);
  if (!taken) return;
  const { message, logFields: base } = taken;
  try {
    if (!deps.from) throw new Error('MAIL_FROM missing');
    const email = secondChannelEmail({ ...message, emails: taken.emails }, deps.from);
    if (email) await deps.sendRaw(email);
    logEvent('outbox', { ...base, outcome: 'second-channel-delivered', detail: message.reason }, 'error');
    const team = message.emails.find((email) => email.role === 'team');
    if (message.tally && team && !message.delivered?.includes(team.idempotencyKey)) await deps.count?.(message.tally, 'second-channel');
    queued.ack();
  } catch (error) {
    const detail = `${error instanceof Error ? error.message : 'unknown'}; kept in the dead-letter queue, next try in ${deps.retryDelaySeconds} s`;
    logEvent('outbox', { ...base, outcome: 'second-channel-failed', detail }, 'error');
    queued.retry({ delaySeconds: deps.retryDelaySeconds });
  }
}
