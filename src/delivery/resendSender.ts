import { Resend } from 'resend';
import type { MailConfig } from './mailSettings';
import type { Sender } from './sendPolicy';

/** Sends through the real Resend SDK, to Resend or to the Resend-compatible server in RESEND_BASE_URL. */
export function resendSender(config: MailConfig): Sender {
  const resend = new Resend(config.RESEND_API_KEY, config.RESEND_BASE_URL ? { baseUrl: config.RESEND_BASE_URL } : {});
  return async (message, { idempotencyKey }) => {
    const { replyTo, html, attachments, ...rest } = message;
    const email = { ...rest, ...(html === undefined ? {} : { html }), ...(replyTo === undefined ? {} : { replyTo }), ...(attachments === undefined ? {} : { attachments }) };
    const { data, error } = await resend.emails.send(email, { idempotencyKey });
    return { data: data ? { id: data.id } : null, error: error ? { name: error.name, statusCode: error.statusCode ?? null, message: error.message } : null };
  };
}
