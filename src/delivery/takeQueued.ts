import { logEvent } from '../utils/log';
import { type OutboxEmail, type OutboxMessage, outboxMessageSchema, type QueuedMessage } from './outboxMessage';
import { readyToLeave, type TeamMailSecurity } from './teamMailSecurity';

/** A queued message taken by a consumer: what it holds, its log fields, and its e-mails ready to leave. */
export interface TakenMessage {
  message: OutboxMessage;
  logFields: { form: string; ref: string; attempt: number };
  emails: OutboxEmail[];
  /** Whether a team e-mail was sealed just now (it waited unsealed while the key was broken). */
  sealedNow: boolean;
}

/**
 * The first steps of both queue consumers. An unreadable message is logged and acked (retrying
 * cannot mend it). A message whose team e-mail cannot be sealed (the key setting is broken) is never
 * sent in clear: it is logged as an error and tried again after `retryDelaySeconds`.
 */
export async function takeQueued(
  queued: QueuedMessage,
  queue: 'outbox' | 'dead-letter',
  deps: { security: TeamMailSecurity; salt: string; retryDelaySeconds: number },
): Promise<TakenMessage | undefined> {
  const parsed = outboxMessageSchema.safeParse(queued.body);
  if (!parsed.success) {
    logEvent('outbox', { outcome: `${queue}-unreadable`, attempt: queued.attempts }, 'error');
    queued.ack();
    return undefined;
  }
  const message = parsed.data;
  const logFields = { form: message.form, ref: message.reference, attempt: queued.attempts };
  const ready = await readyToLeave(message.emails, deps.security, { now: new Date(), salt: deps.salt });
  if (ready.held) {
    logEvent('outbox', { ...logFields, outcome: 'team-key-refused', detail: `${ready.problem}; kept in the ${queue} queue, next try in ${deps.retryDelaySeconds} s` }, 'error');
    queued.retry({ delaySeconds: deps.retryDelaySeconds });
    return undefined;
  }
  return { message, logFields, emails: ready.emails, sealedNow: ready.sealedNow };
}
