import { sha256Hex } from '../utils/hash';

/** The part of a Workers KV namespace the limiters use. */
export interface CounterStore {
  get(key: string): Promise<string | null>;
  /** `expirationTtl`: seconds from now; `expiration`: seconds since the epoch. */
  put(key: string, value: string, options: { expirationTtl: number } | { expiration: number }): Promise<void>;
}

export interface RateLimitRule {
  /** Submissions allowed per client per window. */
  limit: number;
  /** Window length in seconds (KV keeps a key at least 60 s). */
  windowSeconds: number;
}

/** Per client, for each form: more than a family and a busy midwife's desk need. */
export const submissionRateLimit: RateLimitRule = { limit: 10, windowSeconds: 600 };

/**
 * A per-client submission counter in Workers KV, keyed by a salted SHA-256 of the client address,
 * so no address is stored. Its counts are eventually consistent, which is enough against floods.
 */
export async function checkRateLimit(
  store: CounterStore,
  clientAddress: string,
  salt: string,
  rule: RateLimitRule,
  now: number,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const window = Math.floor(now / 1000 / rule.windowSeconds);
  const key = `rl:${window}:${sha256Hex(`${salt}:${clientAddress}`, 16)}`;
  const count = Number((await store.get(key)) ?? '0');
  if (count >= rule.limit) {
    return { allowed: false, retryAfterSeconds: Math.max(1, (window + 1) * rule.windowSeconds - Math.floor(now / 1000)) };
  }
  await store.put(key, String(count + 1), { expirationTtl: Math.max(60, rule.windowSeconds * 2) });
  return { allowed: true };
}

/**
 * The guard step of a form post: counts one submission of the client (`CF-Connecting-IP`) against
 * `submissionRateLimit`. Without a KV namespace there is no limit.
 */
export function countSubmission(request: Request, store: CounterStore | undefined, salt: string, now = Date.now()): ReturnType<typeof checkRateLimit> {
  if (!store) return Promise.resolve({ allowed: true });
  return checkRateLimit(store, request.headers.get('CF-Connecting-IP') ?? 'unknown', salt, submissionRateLimit, now);
}
