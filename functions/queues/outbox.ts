import type { WorkerEnv } from '../../src/http/env';
import { readMailConfig } from '../../src/mail/config';
import { resendSender } from '../../src/mail/resendSender';
import { consumeOutboxMessage } from '../../src/outbox/consumeOutbox';
import type { QueuedMessage } from '../../src/outbox/outboxMessage';
import { retryDelaysFrom } from '../../src/outbox/retrySchedule';
import { consumeDeadLetter } from '../../src/outbox/secondChannel';

/** The outbox's consumer: each message tried again with the same keys, or retried, or given up. */
export async function deliverOutbox(messages: readonly QueuedMessage[], env: WorkerEnv): Promise<void> {
  const config = readMailConfig(env as unknown as Record<string, unknown>);
  const schedule = retryDelaysFrom(env.OUTBOX_RETRY_DELAYS);
  const deadLetters = env.DEAD_LETTERS ?? { send: () => Promise.reject(new Error('DEAD_LETTERS missing')) };
  const send = config.ok ? resendSender(config.config) : async () => ({ data: null, error: { name: 'misconfigured', statusCode: null } });
  // Each message on its own: one slow answer from Resend must not hold up the rest of the batch.
  await Promise.all(messages.map((message) => consumeOutboxMessage(message, { send, deadLetters, schedule })));
}

/** The dead-letter queue's consumer: the team's e-mail through the second channel (Email Routing). */
export async function deliverDeadLetters(messages: readonly QueuedMessage[], env: WorkerEnv, sendRaw: Parameters<typeof consumeDeadLetter>[1]['sendRaw']): Promise<void> {
  const retryDelaySeconds = retryDelaysFrom(env.OUTBOX_RETRY_DELAYS).at(-1) ?? 3600;
  await Promise.all(messages.map((message) => consumeDeadLetter(message, { sendRaw, from: env.MAIL_FROM, retryDelaySeconds })));
}
