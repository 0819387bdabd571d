import type { Locale } from '../i18n/locales';
import type { EmailMessage } from '../mail/emailMessage';
import type { FormMessageKeys } from './formMessages';

/** The outcome of checking a form's answers: a normalised value, or a message per field. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** What the mail meta data of a submission holds for the e-mail templates. */
export interface MailMeta {
  reference: string;
  from: string;
  inbox: string;
  team: { phone: string; email: string };
}

/**
 * One form handled by the shared submission pipeline (guards, parsing, validation, sending
 * exactly once, answering in the visitor's language): the sign-up and the callback request.
 */
export interface FormDefinition<T> {
  /** Names this form in logs: `registration`, `callback`. */
  name: string;
  /** Dutch slug of the page holding the form, and of its thank-you page. */
  pageSlug: string;
  thanksSlug: string;
  /** Dutch slug of the page saying it is safe with us but can take a few hours (mail is down). */
  receivedSlug: string;
  /** Languages the form page exists in; a request in another language is answered in Dutch. */
  pageLocales: readonly Locale[];
  /** The form's own wording of messages about the whole submission, where the shared one does not fit. */
  messageKeys?: FormMessageKeys;
  /** The setting naming the team inbox for this form. */
  inboxSetting: 'REGISTRATION_INBOX' | 'CALLBACK_INBOX';
  /** Checks and normalises the answers; `today` is YYYY-MM-DD. */
  parse(answers: Record<string, unknown>, today: string): FormResult<T>;
  /** The element an error-summary link jumps to for a field, where it is not `field-<name>`. */
  anchors: Readonly<Record<string, string>>;
  /** The e-mail to the team (must be accepted before "sent"), and an optional receipt. */
  emails(value: T, meta: MailMeta): { team: EmailMessage; receipt?: EmailMessage };
}
