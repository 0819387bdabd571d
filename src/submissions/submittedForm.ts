import type { Tally } from '../counts/tally';
import type { FormMessageKeys } from '../forms/formMessages';
import type { FormResult } from '../forms/fields';
import type { InboxSetting } from '../delivery/mailSettings';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/useTranslations';
import type { EmailMessage, MailMeta } from '../mail/emailMessage';
import type { PageDecoration } from './rerenderForm';

/**
 * One form as the submission path handles it (the sign-up, the callback request): where its pages
 * are, which inbox it mails, its rules (src/forms/) and its e-mails (src/mail/).
 */
export interface SubmittedForm<T> {
  /** Names this form in logs and idempotency keys: `registration`, `callback`. */
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
  inboxSetting: InboxSetting;
  /** Checks and normalises the answers, every message in the language of `t`; `today` is YYYY-MM-DD. */
  parse(answers: Record<string, unknown>, today: string, t: Translate): FormResult<T>;
  /** Fields posted once per value (a group of checkboxes): they reach `parse` as a list. */
  listFields?: readonly string[];
  /** What the form page shows of her answers besides the fields themselves (her self-check's picture). */
  showAnswers?: PageDecoration;
  /** The element an error-summary link jumps to for a field, where it is not `field-<name>`. */
  anchors: Readonly<Record<string, string>>;
  /** The e-mail to the team (must be accepted before "sent"), and an optional receipt. */
  emails(value: T, meta: MailMeta): { team: EmailMessage; receipt?: EmailMessage };
  /** What the evaluation counts of a valid submission (src/counts/): never who, only language, village and route. */
  tally(value: T): Pick<Tally, 'lang' | 'village' | 'route'>;
}
