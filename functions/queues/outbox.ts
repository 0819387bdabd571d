import type { Env } from '../env';
import { countingDatabase, countQuietly } from '../../src/counts/countStore';
import type { Outcome, Tally } from '../../src/counts/tally';
import { consumeOutboxMessage } from '../../src/delivery/consumeOutbox';
import { readMailConfig } from '../../src/delivery/mailSettings';
import type { QueuedMessage } from '../../src/delivery/outboxMessage';
import { resendSender } from '../../src/delivery/resendSender';
import { retryDelaysFrom } from '../../src/delivery/retrySchedule';
import { sentVersionsIn } from '../../src/delivery/sentVersions';
import { teamMailSecurity } from '../../src/delivery/teamMailSecurity';
import { consumeDeadLetter, type RawSender } from '../../src/delivery/secondChannel';

/** The consumers' counter: nobody waits on a queue, so the count is awaited, within its short bound. */
const counter = (env: Env) => (tally: Tally, outcome: Outcome) => countQuietly(countingDatabase(env), tally, outcome);

/** The outbox's consumer: each message tried again with the same keys, or retried, or given up. */
export async function deliverOutbox(messages: readonly QueuedMessage[], env: Env): Promise<void> {
  const config = readMailConfig(env);
  const schedule = retryDelaysFrom(env.OUTBOX_RETRY_DELAYS);
  const send = config.ok ? resendSender(config.config) : async () => ({ data: null, error: { name: 'misconfigured', statusCode: null } });
  const security = await teamMailSecurity(env, new Date());
  const deps = { send, security, salt: env.RATE_LIMIT_SALT ?? 'hallojij', versions: sentVersionsIn(env.RATE_LIMIT), outbox: env.OUTBOX, deadLetters: env.DEAD_LETTERS, schedule, count: counter(env) };
  // Each message on its own: one slow answer from Resend must not hold up the rest of the batch.
  await Promise.all(messages.map((message) => consumeOutboxMessage(message, deps)));
}

/** The dead-letter queue's consumer: the team's e-mail through the second channel (Email Routing). */
export async function deliverDeadLetters(messages: readonly QueuedMessage[], env: Env, sendRaw: RawSender): Promise<void> {
  const retryDelaySeconds = retryDelaysFrom(env.OUTBOX_RETRY_DELAYS).at(-1) ?? 3600;
  const security = await teamMailSecurity(env, new Date());
  await Promise.all(messages.map((message) => consumeDeadLetter(message, { sendRaw, from: env.MAIL_FROM, retryDelaySeconds, security, salt: env.RATE_LIMIT_SALT ?? 'hallojij', count: counter(env) })));
}
