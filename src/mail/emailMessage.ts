/** An e-mail as the Resend API takes it. */
export interface EmailMessage {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo?: string | undefined;
}
