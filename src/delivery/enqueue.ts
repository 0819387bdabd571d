import type { MessageQueue, OutboxMessage } from './outboxMessage';

/**
 * Puts a submission's unsent e-mails in the outbox, to be tried again after the schedule's first
 * delay; or, when Resend's error is one that retrying cannot fix (quota, validation), straight in
 * the dead-letter queue for the second channel. False when the queue is missing or refuses: only
 * then may she be told that it was not sent.
 */
export async function putInOutbox(
  queues: { outbox: MessageQueue | undefined; deadLetters: MessageQueue | undefined },
  message: OutboxMessage,
  failure: { retryable: boolean; error: string },
  schedule: readonly number[],
): Promise<'outbox' | 'dead-letters' | false> {
  try {
    if (failure.retryable && queues.outbox) {
      await queues.outbox.send(message, { delaySeconds: schedule[0] ?? 0 });
      return 'outbox';
    }
    if (!failure.retryable && queues.deadLetters) {
      await queues.deadLetters.send({ ...message, delivered: [], reason: failure.error });
      return 'dead-letters';
    }
  } catch {
    // Refused by the queue: fall through.
  }
  return false;
}
