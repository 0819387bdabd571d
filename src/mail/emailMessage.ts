/** An e-mail as the Resend API takes it. */
export interface EmailMessage {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo?: string | undefined;
}

/** What every template gets besides the answers: the reference, the sender, the team's inbox and contact. */
export interface MailMeta {
  reference: string;
  from: string;
  inbox: string;
  team: { phone: string; email: string };
}
