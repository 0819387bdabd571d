import type { CounterStore } from './rateLimit';

/** What the Pages Functions get from Cloudflare: static assets, KV, and settings (strings). */
export interface FunctionEnv {
  ASSETS: { fetch(input: Request | URL | string, init?: RequestInit): Promise<Response> };
  /** KV namespace for the per-client submission limit (absent: no limit, logged). */
  RATE_LIMIT?: CounterStore;
  /** Salt for hashing client addresses in the rate limiter. */
  RATE_LIMIT_SALT?: string;
  RESEND_API_KEY?: string;
  MAIL_FROM?: string;
  REGISTRATION_INBOX?: string;
  RESEND_BASE_URL?: string;
}

/** A log line with a reference and an outcome, never anything she typed. */
export function logOutcome(fields: { form?: string; ref?: string; outcome: string; status: number; detail?: string }): void {
  console.log(JSON.stringify({ event: 'submission', ...fields }));
}
