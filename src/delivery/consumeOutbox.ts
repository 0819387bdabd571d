import type { Outcome, Tally } from '../counts/tally';
import { logEvent } from '../utils/log';
import { deliverInOrder, type SentVersions } from './deliver';
import type { MessageQueue, QueuedMessage } from './outboxMessage';
import { nextRetryDelay } from './retrySchedule';
import type { Sender, SendPolicy } from './sendPolicy';
import { takeQueued } from './takeQueued';
import type { TeamMailSecurity } from './teamMailSecurity';

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
 * A team e-mail that waits unsealed (the key setting was broken) is never sent in clear: it waits
 * until the key is mended, then goes back into the outbox sealed, so every try carries one body.
 */
export async function consumeOutboxMessage(
  queued: QueuedMessage,
  deps: {
    send: Sender;
    security: TeamMailSecurity;
    salt: string;
    versions: SentVersions | undefined;
    outbox: MessageQueue;
    deadLetters: MessageQueue;
    schedule: readonly number[];
    policy?: SendPolicy;
    /** Counts a team e-mail that arrived (src/counts/); never throws. */
    count?: (tally: Tally, outcome: Outcome) => Promise<void>;
  },
): Promise<void> {
  const retryDelaySeconds = nextRetryDelay(deps.schedule, queued.attempts) ?? deps.schedule.at(-1) ?? 3600;
  const taken = await takeQueued(queued, 'outbox', { ...deps, retryDelaySeconds });
  if (!taken) return;
  const { message, logFields: base } = taken;
  if (taken.sealedNow) {
    try {
      await deps.outbox.send({ ...message, emails: taken.emails });
    } catch {
      logEvent('outbox', { ...base, outcome: 'outbox-refused-sealed', detail: 'kept unsealed for the next try' }, 'error');
      return queued.retry({ delaySeconds: deps.schedule[0] ?? 60 });
    }
    logEvent('outbox', { ...base, outcome: 'outbox-sealed', detail: 'sealed now that the key is valid; sent from the outbox again' }, 'info');
    return queued.ack();
  }
  const outcome = await deliverInOrder(deps.send, message.emails, deps.policy ?? outboxSendPolicy, { submittedAt: message.submittedAt, waited: true }, deps.versions);
  if (outcome.ok) {
    logEvent('outbox', { ...base, outcome: outcome.corrected.length > 0 ? 'outbox-delivered-correction' : 'outbox-delivered' }, 'info');
    const team = message.emails.find((email) => email.role === 'team');
    if (message.tally && team && outcome.firstTime.includes(team.idempotencyKey)) await deps.count?.(message.tally, 'queued-delivered');
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
