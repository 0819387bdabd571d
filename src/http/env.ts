import type { MessageQueue } from '../outbox/outboxMessage';
import type { CounterStore } from './rateLimit';

/** What the Worker gets from Cloudflare: static assets, KV, queues, the e-mail binding, and settings (strings). */
export interface WorkerEnv {
  ASSETS: { fetch(input: Request | URL | string, init?: RequestInit): Promise<Response> };
  /** KV namespace for the per-client submission limit (absent: no limit). */
  RATE_LIMIT?: CounterStore;
  /** Salt for hashing client addresses in the rate limiter. */
  RATE_LIMIT_SALT?: string;
  RESEND_API_KEY?: string;
  MAIL_FROM?: string;
  REGISTRATION_INBOX?: string;
  CALLBACK_INBOX?: string;
  RESEND_BASE_URL?: string;
  /** The outbox: e-mails that Resend could not take yet wait here and are tried again. */
  OUTBOX?: MessageQueue;
  /** Where the outbox hands what it gave up on: its consumer uses the second channel. */
  DEAD_LETTERS?: MessageQueue;
  /** The name of the dead-letter queue, to tell its batches from the outbox's. */
  DEAD_LETTER_QUEUE?: string;
  /** The outbox's retry schedule in seconds, comma-separated (default: the production schedule). */
  OUTBOX_RETRY_DELAYS?: string;
  /** The editor's GitHub login (src/editorAuth/settings.ts): OAuth app, repository, origins. */
  CMS_GITHUB_CLIENT_ID?: string;
  CMS_GITHUB_CLIENT_SECRET?: string;
  CMS_GITHUB_REPO?: string;
  CMS_GITHUB_ORIGIN?: string;
  CMS_GITHUB_API_ORIGIN?: string;
}

/** A log line with a reference and an outcome, never anything she typed. */
export function logOutcome(fields: { form?: string; ref?: string; outcome: string; status: number; detail?: string }): void {
  console.log(JSON.stringify({ event: 'submission', ...fields }));
}
