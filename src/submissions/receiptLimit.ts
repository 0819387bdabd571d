import type { OutboxEmail } from '../delivery/outboxMessage';
import { sha256Hex } from '../utils/hash';
import type { CounterStore } from './rateLimit';

/**
 * Confirmations and receipts per address: at most `perAddress` in `windowSeconds`, whoever sends
 * the form, so nobody can use the forms to mail a stranger again and again. The team's e-mail is
 * never held back.
 */
export const receiptLimit = { perAddress: 2, windowSeconds: 86_400 } as const;

/** Confirmations per address a day from the `RECEIPTS_PER_ADDRESS` setting (a whole number from 1), or 2. */
export function receiptsPerAddressFrom(setting: string | undefined): number {
  return setting !== undefined && /^[1-9]\d{0,6}$/.test(setting.trim()) ? Number(setting) : receiptLimit.perAddress;
}

/** What the store keeps per address: when its window ends, and short hashes of the submissions that mailed it. */
interface AddressRecord {
  until: number;
  submissions: string[];
}

/**
 * Whether a submission may send its confirmation or receipt to `address`, counting it when it may.
 * Keyed by a salted SHA-256 of the address (never the address); a repeat of the same submission
 * (a double click, a retry) is not counted again.
 */
export async function mayMailAddress(
  store: CounterStore,
  salt: string,
  address: string,
  submissionId: string,
  nowMs: number,
  perAddress: number = receiptLimit.perAddress,
): Promise<boolean> {
  const now = Math.floor(nowMs / 1000);
  const key = `rcpt:${sha256Hex(`${salt}:${address.trim().toLowerCase()}`, 16)}`;
  // KV failing must never fail her sign-up: then the confirmation goes.
  const stored = await store.get(key).catch(() => null);
  const record: AddressRecord = (stored && parseRecord(stored, now)) || { until: now + receiptLimit.windowSeconds, submissions: [] };
  const submission = sha256Hex(`${salt}:${submissionId}`, 8);
  if (record.submissions.includes(submission)) return true;
  if (record.submissions.length >= perAddress) return false;
  record.submissions.push(submission);
  await store.put(key, JSON.stringify(record), { expiration: Math.max(record.until, now + 60) }).catch(() => undefined);
  return true;
}

/** The stored record while its window lasts; undefined when it is over or unreadable. */
function parseRecord(stored: string, now: number): AddressRecord | undefined {
  try {
    const record = JSON.parse(stored) as AddressRecord;
    return typeof record.until === 'number' && record.until > now && Array.isArray(record.submissions) ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The submission's e-mails without the receipt when its address had its share today. Without a
 * store (no KV binding) nothing is held back. `held` says whether one was, for the log only: the
 * answer she gets is the same either way, so the page never tells whether an address was used before.
 */
export async function withinReceiptLimit(
  emails: readonly OutboxEmail[],
  limiter: { store: CounterStore | undefined; salt: string; submissionId: string; nowMs: number; perAddress?: number },
): Promise<{ emails: OutboxEmail[]; held: boolean }> {
  if (!limiter.store) return { emails: [...emails], held: false };
  const kept: OutboxEmail[] = [];
  let held = false;
  for (const email of emails) {
    const address = email.message.to[0];
    if (email.role === 'receipt' && address && !(await mayMailAddress(limiter.store, limiter.salt, address, limiter.submissionId, limiter.nowMs, limiter.perAddress))) held = true;
    else kept.push(email);
  }
  return { emails: kept, held };
}
