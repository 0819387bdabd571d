import type { EmailMessage } from '../mail/emailMessage';

/** What the Resend SDK's `emails.send` gives back: data or an error with a name and status. */
export interface SendResult {
  data: { id: string } | null;
  error: { name: string; statusCode?: number | null; message?: string } | null;
}

/** Sends one e-mail; the Resend SDK in production, anything with the same shape in tests. */
export type Sender = (message: EmailMessage, options: { idempotencyKey: string }) => Promise<SendResult>;

/** Errors worth another try: the network, a server error, a short rate limit, a concurrent duplicate. */
export function isRetryable(error: NonNullable<SendResult['error']>): boolean {
  if (['rate_limit_exceeded', 'concurrent_idempotent_requests', 'timeout'].includes(error.name)) return true;
  if (['invalid_idempotent_request', 'daily_quota_exceeded', 'monthly_quota_exceeded', 'validation_error'].includes(error.name)) return false;
  return error.statusCode == null || error.statusCode >= 500;
}

export interface SendPolicy {
  /** Tries at most this often. */
  attempts: number;
  /** Wait before the second try; doubles each time, with jitter. */
  firstDelayMs: number;
  /** Gives up on one try after this long (the send may still land: the key makes a retry safe). */
  attemptTimeoutMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const defaultSendPolicy: SendPolicy = {
  attempts: 4,
  firstDelayMs: 300,
  attemptTimeoutMs: 2500,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** How sending one e-mail ended: Resend's id, or the last error and whether a later try could still work. */
export type SendOutcome =
  | { ok: true; id: string; attempts: number }
  | { ok: false; error: string; retryable: boolean; attempts: number };

/**
 * Sends an e-mail exactly once as far as the recipient can tell: every try carries the same
 * Resend Idempotency-Key, so a retry after a lost answer is not a second e-mail. Retries only
 * what can get better within a few seconds (see `isRetryable`).
 */
export async function sendExactlyOnce(
  send: Sender,
  message: EmailMessage,
  idempotencyKey: string,
  policy: SendPolicy = defaultSendPolicy,
): Promise<SendOutcome> {
  let lastError = 'unknown';
  for (let attempt = 1; attempt <= policy.attempts; attempt += 1) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<SendResult>((resolve) => {
      timer = setTimeout(() => resolve({ data: null, error: { name: 'timeout', statusCode: null } }), policy.attemptTimeoutMs);
    });
    const result = await Promise.race([
      send(message, { idempotencyKey }).catch(
        (): SendResult => ({ data: null, error: { name: 'network_error', statusCode: null } }),
      ),
      timeout,
    ]);
    if (timer !== undefined) clearTimeout(timer);
    if (result.data && !result.error) return { ok: true, id: result.data.id, attempts: attempt };
    const error = result.error ?? { name: 'empty_response', statusCode: null };
    lastError = error.name;
    if (!isRetryable(error) || attempt === policy.attempts) return { ok: false, error: lastError, retryable: isRetryable(error), attempts: attempt };
    const delay = policy.firstDelayMs * 2 ** (attempt - 1);
    await policy.sleep(delay / 2 + Math.random() * delay);
  }
  return { ok: false, error: lastError, retryable: true, attempts: policy.attempts };
}
