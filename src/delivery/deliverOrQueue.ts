import type { Tally } from '../counts/tally';
import { logEvent } from '../utils/log';
import { deliverInOrder, type SentVersions } from './deliver';
import { putInOutbox } from './enqueue';
import type { MessageQueue, OutboxEmail } from './outboxMessage';
import type { Sender, SendPolicy } from './sendPolicy';
import { readyToLeave, type TeamMailSecurity } from './teamMailSecurity';

/**
 * How a submission's e-mails left the Worker, and so what she may be told: `sent` when the team's
 * e-mail was accepted (her own may still wait in the outbox), `queued` when the team's e-mail waits
 * safely in the outbox, `failed` only when Resend and the queue both refused it. `outcome` and
 * `detail` are for the log: a reference and an outcome, never an answer.
 */
export type Departure = {
  how: 'sent' | 'queued' | 'failed';
  outcome: string;
  detail?: string | undefined;
  /** `sent` only: the team's e-mail arrived now for the first time (not a copy, not a correction): counted. */
  firstTime?: boolean;
};

/**
 * Seals the team's e-mail, then sends a submission's e-mails, the team's first; what Resend cannot
 * take now goes to the outbox (or, when retrying cannot help, to the dead-letter queue and the
 * second channel). When the team's e-mail cannot be sealed (the key setting is broken), nothing is
 * sent: the submission waits in the outbox until the setting is mended.
 */
export async function deliverOrQueue(
  submission: { form: string; reference: string; submittedAt: string; emails: readonly OutboxEmail[]; tally?: Tally | undefined },
  deps: {
    send: Sender;
    security: TeamMailSecurity;
    /** The salt of `contentId`s (RATE_LIMIT_SALT). */
    salt: string;
    versions: SentVersions | undefined;
    outbox: MessageQueue | undefined;
    deadLetters: MessageQueue | undefined;
    schedule: readonly number[];
    policy?: SendPolicy;
  },
): Promise<Departure> {
  const { form, reference, submittedAt } = submission;
  const tally = submission.tally ? { tally: submission.tally } : {};
  const ready = await readyToLeave(submission.emails, deps.security, { now: new Date(), salt: deps.salt });
  if (ready.held) {
    logEvent('submission', { form, ref: reference, outcome: 'team-key-refused', detail: ready.problem }, 'error');
    const waiting = { version: 1 as const, form, reference, submittedAt, emails: [...submission.emails], ...tally };
    const queue = await putInOutbox({ outbox: deps.outbox, deadLetters: undefined }, waiting, { retryable: true, error: 'team-key-refused' }, deps.schedule);
    return queue ? { how: 'queued', outcome: 'held; queued to outbox', detail: 'team-key-refused' } : { how: 'failed', outcome: 'team-mail-failed', detail: 'team-key-refused; queue refused' };
  }
  const { emails } = ready;
  const sent = await deliverInOrder(deps.send, emails, deps.policy, { submittedAt }, deps.versions);
  const firstTime = sent.firstTime.includes(emails[0]!.idempotencyKey);
  if (sent.ok) return { how: 'sent', outcome: sent.corrected.length > 0 ? 'sent-correction' : 'sent', detail: `attempts ${sent.attempts}`, firstTime };
  const teamSent = sent.delivered.includes(emails[0]!.idempotencyKey);
  // The tally travels only with a team e-mail still to go: it is counted when that arrives.
  const waiting = { version: 1 as const, form, reference, submittedAt, emails: emails.filter((email) => !sent.delivered.includes(email.idempotencyKey)), ...(teamSent ? {} : tally) };
  const queue = await putInOutbox({ outbox: deps.outbox, deadLetters: deps.deadLetters }, waiting, sent, deps.schedule);
  if (teamSent) return { how: 'sent', outcome: queue ? `sent; receipt to ${queue}` : 'sent; receipt-failed', detail: sent.error, firstTime };
  if (!queue) return { how: 'failed', outcome: 'team-mail-failed', detail: `${sent.error} after ${sent.attempts}; queue refused` };
  return { how: 'queued', outcome: `queued to ${queue}`, detail: `${sent.error} after ${sent.attempts}` };
}
