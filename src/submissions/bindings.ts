import type { CountDatabase } from '../counts/countStore';
import type { MailSettings } from '../delivery/mailSettings';
import type { MessageQueue } from '../delivery/outboxMessage';
import type { TeamMailSettings } from '../delivery/teamMailSecurity';
import type { CounterStore } from './rateLimit';

/**
 * What the submission path needs of the Worker's environment (functions/env.ts): the built pages,
 * the rate limiter's KV, the outbox queues and the mail settings. A binding that is missing
 * switches its part off (no limit, no queue); a missing setting is named in a 503.
 */
export interface SubmissionBindings extends MailSettings, TeamMailSettings {
  ASSETS: { fetch(input: Request | URL | string, init?: RequestInit): Promise<Response> };
  /** KV namespace for the per-client submission limit (absent: no limit). */
  RATE_LIMIT?: CounterStore;
  /** Salt for hashing client addresses in the rate limiter. */
  RATE_LIMIT_SALT?: string;
  /** Confirmations and receipts per e-mail address a day (default 2). */
  RECEIPTS_PER_ADDRESS?: string;
  /** The outbox: e-mails that Resend could not take yet wait here and are tried again. */
  OUTBOX?: MessageQueue;
  /** Where the outbox hands what it gave up on: its consumer uses the second channel. */
  DEAD_LETTERS?: MessageQueue;
  /** The outbox's retry schedule in seconds, comma-separated (default: the production schedule). */
  OUTBOX_RETRY_DELAYS?: string;
  /** The evaluation's counts (D1; absent: nothing is counted). */
  COUNTS?: CountDatabase;
  /** `off`: nothing is counted (src/counts/countStore.ts). */
  COUNTING?: string;
}
