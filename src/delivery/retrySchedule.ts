/**
 * Waits, in seconds, before each try of an e-mail that is in the outbox: the first entry before the
 * first try from the queue, then one entry after every failed try. Ten tries over about 5 hours,
 * like GOV.UK Forms (10 tries, about 4.5 hours), well inside Resend's 24-hour idempotency window,
 * so every try carries the same key and the team gets one e-mail however often it is tried.
 */
export const productionRetryDelaysSeconds: readonly number[] = [60, 120, 300, 600, 1200, 1800, 3600, 3600, 3600, 3600];

/** Cloudflare Queues accepts a delay of at most 12 hours. */
export const maxQueueDelaySeconds = 43_200;

/**
 * The schedule from the `OUTBOX_RETRY_DELAYS` setting (seconds, comma-separated: "1,2,5"), or the
 * production schedule when it is absent or not a list of whole numbers from 0 to 43200.
 */
export function retryDelaysFrom(setting: string | undefined): readonly number[] {
  if (setting === undefined || setting.trim() === '') return productionRetryDelaysSeconds;
  const parts = setting.split(',').map((part) => part.trim());
  const delays = parts.map(Number);
  const valid = parts.every((part) => /^\d+$/.test(part)) && delays.every((delay) => delay <= maxQueueDelaySeconds);
  return valid && delays.length > 0 ? delays : productionRetryDelaysSeconds;
}

/**
 * The wait before the next try after try number `attempts` (1 = the first try from the queue)
 * failed, or undefined when the schedule is spent and the message goes to the second channel.
 */
export function nextRetryDelay(schedule: readonly number[], attempts: number): number | undefined {
  return attempts >= 1 && attempts < schedule.length ? schedule[attempts] : undefined;
}
