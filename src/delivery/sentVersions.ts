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

/** The versions Resend accepted per Idempotency-Key, in KV (`sent:<key>`); none without a store. */
export function sentVersionsIn(store: VersionStore | undefined): SentVersions | undefined {
  if (!store) return undefined;
  const read = async (key: string): Promise<string[]> => {
    try {
      const stored: unknown = JSON.parse((await store.get(`sent:${key}`)) ?? '[]');
      return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    has: async (key, contentId) => (await read(key)).includes(contentId),
    remember: async (key, contentId) => {
      const known = await read(key);
      if (!known.includes(contentId)) await store.put(`sent:${key}`, JSON.stringify([...known, contentId].slice(-5)), { expirationTtl: rememberSeconds });
    },
  };
}
