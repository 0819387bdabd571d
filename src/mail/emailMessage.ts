import type { TeamContact } from '../content/team';

/** An e-mail as the Resend API takes it. */
export interface EmailMessage {
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** Absent on a sealed e-mail: the HTML would carry her answers in clear. */
  html?: string | undefined;
  replyTo?: string | undefined;
  /** Files with it (the report's CSV): content in base64. Sealed e-mails carry them sealed (`.asc`). */
  attachments?: { filename: string; content: string }[] | undefined;
}

/** What every template gets besides the answers: the reference, the sender, the team's inbox and contact. */
export interface MailMeta {
  reference: string;
  from: string;
  inbox: string;
  team: TeamContact;
}
