import { asCorrection } from '../mail/correction';
import type { EmailMessage } from '../mail/emailMessage';
import { sha256Hex } from '../utils/hash';
import type { OutboxEmail } from './outboxMessage';
import { defaultSendPolicy, sendExactlyOnce, type Sender, type SendOutcome, type SendPolicy } from './sendPolicy';

/** How sending a submission's e-mails in order ended. */
export type DeliveryOutcome =
  | { ok: true; delivered: string[]; corrected: string[]; attempts: number }
  | { ok: false; delivered: string[]; corrected: string[]; failed: OutboxEmail; error: string; retryable: boolean; attempts: number };

/**
 * A short fingerprint of an e-mail's content, for the Idempotency-Key of a correction: the same
 * changed answers sent twice are still one e-mail.
 */
export function contentFingerprint(message: EmailMessage): string {
  return sha256Hex(JSON.stringify([message.to, message.subject, message.text, message.html, message.replyTo ?? null]), 8);
}

/**
 * Sends one e-mail with its key. Resend refuses a key reused with another body
 * (`invalid_idempotent_request`): that means her answers changed under a submission id that was
 * already sent, so the team gets one new e-mail marked as a correction, under a key of its own
 * content (an identical repeat of the correction is still one e-mail). Her own confirmation is
 * sent again unmarked, to the address she gave now.
 */
export async function sendOneEmail(send: Sender, email: OutboxEmail, policy: SendPolicy, sent: Parameters<typeof asCorrection>[1] = {}): Promise<SendOutcome & { corrected: boolean }> {
  const first = await sendExactlyOnce(send, email.message, email.idempotencyKey, policy);
  if (first.ok || first.error !== 'invalid_idempotent_request') return { ...first, corrected: false };
  const message = email.role === 'team' ? asCorrection(email.message, sent) : email.message;
  const correction = await sendExactlyOnce(send, message, `${email.idempotencyKey}:${contentFingerprint(message)}`, policy);
  return { ...correction, attempts: first.attempts + correction.attempts, corrected: true };
}

/**
 * Sends a submission's e-mails in order (the team's first: her confirmation never arrives for a
 * sign-up the team has not got), stopping at the first that fails.
 */
export async function deliverInOrder(
  send: Sender,
  emails: readonly OutboxEmail[],
  policy: SendPolicy = defaultSendPolicy,
  sent: Parameters<typeof asCorrection>[1] = {},
): Promise<DeliveryOutcome> {
  const delivered: string[] = [];
  const corrected: string[] = [];
  let attempts = 0;
  for (const email of emails) {
    const outcome = await sendOneEmail(send, email, policy, sent);
    attempts += outcome.attempts;
    if (outcome.corrected) corrected.push(email.idempotencyKey);
    if (!outcome.ok) return { ok: false, delivered, corrected, failed: email, error: outcome.error, retryable: outcome.retryable, attempts };
    delivered.push(email.idempotencyKey);
  }
  return { ok: true, delivered, corrected, attempts };
}
