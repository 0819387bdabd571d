import { sha256Hex } from '../utils/hash';

/** The part of Workers KV the mark uses (the rate limiter's namespace, `RATE_LIMIT`). */
export interface MarkStore {
  get(key: string): Promise<string | null>;
  put(key: string, value: string, options: { expirationTtl: number }): Promise<void>;
}

/**
 * What makes one submission count once, however often it is posted (a double click, a retry, her
 * corrected answers under the same id) and whichever road its team e-mail took. The mark lives in
 * KV, never in D1: the counts stay numbers only.
 */
export interface CountOnce {
  store: MarkStore | undefined;
  /** RATE_LIMIT_SALT: without it, the mark cannot be matched with a reference. */
  salt: string;
  /** The submission's reference (HJ-…), the same for every copy and every road. */
  reference: string;
}

/** A week: longer than the outbox's whole schedule (about 5 hours) and Resend's 24-hour key window. */
export const countMarkSeconds = 7 * 86_400;

/** The mark's key: a salted hash of the reference, so KV holds nothing the team's e-mail shows. */
export function countMarkKey(salt: string, reference: string): string {
  return `counted:${sha256Hex(`${salt}:counted:${reference}`, 12)}`;
}

/**
 * Claims the count of a submission: `true` the first time, `false` when it was counted before.
 * When KV fails, `true`: a rare double count is better than a sign-up missing from the counts.
 * KV is no lock: two copies that arrive within the same moment may both claim it.
 */
export async function claimCount({ store, salt, reference }: CountOnce): Promise<boolean> {
  if (!store) return true;
  const key = countMarkKey(salt, reference);
  try {
    if ((await store.get(key)) !== null) return false;
    await store.put(key, '1', { expirationTtl: countMarkSeconds });
  } catch {
    return true;
  }
  return true;
}
