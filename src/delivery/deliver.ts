import { asCorrection } from '../mail/correction';
import type { EmailMessage } from '../mail/emailMessage';
import { sha256Hex } from '../utils/hash';
import type { OutboxEmail } from './outboxMessage';
import { defaultSendPolicy, sendExactlyOnce, type Sender, type SendOutcome, type SendPolicy } from './sendPolicy';

/**
 * How sending a submission's e-mails in order ended. `firstTime`: the keys of the e-mails that
 * arrived now for the first time, not as a correction and not as a copy of one already there (a
 * double submit, a retry): what the evaluation counts (src/counts/).
 */
export type DeliveryOutcome =
  | { ok: true; delivered: string[]; corrected: string[]; firstTime: string[]; attempts: number }
  | { ok: false; delivered: string[]; corrected: string[]; firstTime: string[]; failed: OutboxEmail; error: string; retryable: boolean; attempts: number };

/**
 * A short fingerprint of an e-mail's content, for the Idempotency-Key of a correction: the same
 * changed answers sent twice are still one e-mail.
 */
export function contentFingerprint(message: EmailMessage): string {
  return sha256Hex(JSON.stringify([message.to, message.subject, message.text, message.html, message.replyTo ?? null]), 8);
}

/**
 * Which versions of a sealed e-mail Resend has accepted, by Idempotency-Key and `contentId` (a
 * salted hash of what she wrote). Sealing is random: the same answers sealed twice are two
 * different bodies, which Resend would take for changed answers. This memory tells a repeat of the
 * same answers (a double click, the other copy of a double submit) from a real change.
 */
export interface SentVersions {
  has(idempotencyKey: string, contentId: string): Promise<boolean>;
  remember(idempotencyKey: string, contentId: string): Promise<void>;
}

/** The id of a sealed e-mail that was already there: another copy of the same answers was accepted before. */
const acceptedBefore = 'accepted-before';

/**
 * Sends one e-mail with its key. Resend refuses a key reused with another body
 * (`invalid_idempotent_request`): that means her answers changed under a submission id that was
 * already sent, so the team gets one new e-mail marked as a correction, under a key of its own
 * content (an identical repeat of the correction is still one e-mail). Her own confirmation is
 * sent again unmarked, to the address she gave now. For a sealed e-mail that refusal may also mean
 * the same answers, sealed another time (a double submit): when `versions` knows this version was
 * accepted, it is there, and no correction is sent.
 */
export async function sendOneEmail(
  send: Sender,
  email: OutboxEmail,
  policy: SendPolicy,
  sent: Parameters<typeof asCorrection>[1] = {},
  versions?: SentVersions,
): Promise<SendOutcome & { corrected: boolean }> {
  const { contentId } = email;
  const alreadyThere = async () => contentId !== undefined && versions !== undefined && (await versions.has(email.idempotencyKey, contentId));
  const remember = async () => {
    if (contentId !== undefined) await versions?.remember(email.idempotencyKey, contentId);
  };
  const first = await sendExactlyOnce(send, email.message, email.idempotencyKey, policy);
  if (first.ok) await remember();
  if (first.ok || first.error !== 'invalid_idempotent_request') return { ...first, corrected: false };
  // The other copy of a double submit, sealed differently, may have been accepted a moment ago.
  if (await alreadyThere()) return { ok: true, id: acceptedBefore, attempts: first.attempts, corrected: false };
  if (contentId !== undefined && versions) {
    await policy.sleep(250);
    if (await alreadyThere()) return { ok: true, id: acceptedBefore, attempts: first.attempts, corrected: false };
  }
  const message = email.role === 'team' ? asCorrection(email.message, sent) : email.message;
  const correction = await sendExactlyOnce(send, message, `${email.idempotencyKey}:${contentFingerprint(message)}`, policy);
  if (correction.ok) await remember();
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
  versions?: SentVersions,
): Promise<DeliveryOutcome> {
  const delivered: string[] = [];
  const corrected: string[] = [];
  const firstTime: string[] = [];
  let attempts = 0;
  for (const email of emails) {
    const outcome = await sendOneEmail(send, email, policy, sent, versions);
    attempts += outcome.attempts;
    if (outcome.corrected) corrected.push(email.idempotencyKey);
    if (!outcome.ok) return { ok: false, delivered, corrected, firstTime, failed: email, error: outcome.error, retryable: outcome.retryable, attempts };
    delivered.push(email.idempotencyKey);
    if (!outcome.corrected && outcome.id !== acceptedBefore) firstTime.push(email.idempotencyKey);
  }
  return { ok: true, delivered, corrected, firstTime, attempts };
}
