import { logEvent } from '../utils/log';
import { deliverInOrder } from './deliver';
import { type MessageQueue, outboxMessageSchema, type QueuedMessage } from './outboxMessage';
import { nextRetryDelay } from './retrySchedule';
import type { Sender, SendPolicy } from './sendPolicy';

/** One try per e-mail from the queue (the schedule spaces the tries), with a generous timeout. */
export const outboxSendPolicy: SendPolicy = {
  attempts: 1,
  firstDelayMs: 0,
  attemptTimeoutMs: 10_000,
  sleep: async () => {},
};

/**
 * Handles one message of the outbox queue: send its e-mails again with the same keys, then ack;
 * or retry after the schedule's next delay; or, when the schedule is spent or the error is one
 * that retrying cannot fix, hand it to the dead-letter queue (the second channel) and ack.
 */
export async function consumeOutboxMessage(
  queued: QueuedMessage,
  deps: { send: Sender; deadLetters: MessageQueue; schedule: readonly number[]; policy?: SendPolicy },
): Promise<void> {
  const parsed = outboxMessageSchema.safeParse(queued.body);
  if (!parsed.success) {
    logEvent('outbox', { outcome: 'outbox-unreadable', attempt: queued.attempts }, 'error');
    return queued.ack();
  }
  const message = parsed.data;
  const base = { form: message.form, ref: message.reference, attempt: queued.attempts };
  const outcome = await deliverInOrder(deps.send, message.emails, deps.policy ?? outboxSendPolicy, { submittedAt: message.submittedAt, waited: true });
  if (outcome.ok) {
    logEvent('outbox', { ...base, outcome: outcome.corrected.length > 0 ? 'outbox-delivered-correction' : 'outbox-delivered' }, 'info');
    return queued.ack();
  }
  const delay = outcome.retryable ? nextRetryDelay(deps.schedule, queued.attempts) : undefined;
  if (delay !== undefined) {
    logEvent('outbox', { ...base, outcome: 'outbox-retry', detail: `${outcome.error}; next try in ${delay} s` }, 'info');
    return queued.retry({ delaySeconds: delay });
  }
  try {
    await deps.deadLetters.send({ ...message, delivered: outcome.delivered, reason: outcome.error });
  } catch {
    // The dead-letter queue refused: try again later; after max_retries Cloudflare moves it there itself.
    logEvent('outbox', { ...base, outcome: 'dead-letter-refused', detail: outcome.error }, 'error');
    return queued.retry({ delaySeconds: deps.schedule.at(-1) ?? 60 });
  }
  logEvent('outbox', { ...base, outcome: 'outbox-given-up', detail: `${outcome.error}; handed to the second channel` }, 'error');
  queued.ack();
}
