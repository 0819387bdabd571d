import type { EmailMessage } from '../mail/emailMessage';
import { sha256Hex } from '../utils/hash';
import type { SentVersions } from './deliver';

/** The part of a Workers KV namespace this memory uses. */
export interface VersionStore {
  get(key: string): Promise<string | null>;
  put(key: string, value: string, options: { expirationTtl: number }): Promise<void>;
}

/** Resend keeps an Idempotency-Key for 24 hours; so does this memory. */
const rememberSeconds = 86_400;

/**
 * The version of an e-mail before it is sealed: a salted SHA-256 of its clear content, so the
 * queue and KV hold no hash that could be checked against a guess of what she wrote.
 */
export function contentIdOf(message: EmailMessage, salt: string): string {
  return sha256Hex(`${salt}:${JSON.stringify([message.to, message.subject, message.text, message.html ?? null, message.replyTo ?? null])}`, 8);
}

/**
 * The versions Resend accepted, in KV: one entry per Idempotency-Key and version
 * (`sent:<key>:<contentId>`), so remembering is one write and asking one read; none without a store.
 */
export function sentVersionsIn(store: VersionStore | undefined): SentVersions | undefined {
  if (!store) return undefined;
  // KV failing must never fail her sign-up: then a double submit may give one needless correction.
  return {
    has: async (key, contentId) => (await store.get(`sent:${key}:${contentId}`).catch(() => null)) !== null,
    remember: (key, contentId) => store.put(`sent:${key}:${contentId}`, '1', { expirationTtl: rememberSeconds }).catch(() => undefined),
  };
}
