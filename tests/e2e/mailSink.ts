import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { decrypt, readMessage, readPrivateKey } from 'openpgp';
import PostalMime from 'postal-mime';

/** The local Resend stand-in started with the test server (scripts/serve.mjs, port PORT + 1). */
export const sinkUrl = `http://127.0.0.1:${Number(process.env.PORT ?? 8788) + 1}`;
export const siteUrl = `http://127.0.0.1:${Number(process.env.PORT ?? 8788)}`;

export interface StoredEmail {
  id: string;
  idempotencyKey: string | null;
  /** As the team reads it: a sealed text opened with the local test key; no HTML part is ''. */
  body: { from: string; to: string[]; subject: string; text: string; html: string; reply_to?: string | string[]; attachments?: { filename: string; content: string }[] };
  /** Whether the text came sealed (OpenPGP), and the text as it travelled. */
  sealed: boolean;
  travelledText: string;
}

/** The team's private key of the test server (scripts/local-team-key/: TEST ONLY). */
const teamPrivateKey = readPrivateKey({ armoredKey: readFileSync(new URL('../../scripts/local-team-key/private.asc', import.meta.url), 'utf8') });
const sealedBlock = /-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/;

/** A text with its sealed part opened with the team's (test) private key: what the team reads. */
export async function opened(text: string): Promise<{ text: string; sealed: boolean }> {
  const block = sealedBlock.exec(text)?.[0];
  if (!block) return { text, sealed: false };
  const { data } = await decrypt({ message: await readMessage({ armoredMessage: block }), decryptionKeys: await teamPrivateKey });
  return { text: text.replace(block, String(data)), sealed: true };
}

/** An attachment as its recipient opens it: a sealed one (`.asc`) decrypted with the team's (test) private key. */
export async function openedAttachment(attachment: { filename: string; content: string }): Promise<{ filename: string; text: string; sealed: boolean }> {
  const armored = Buffer.from(attachment.content, 'base64').toString('utf8');
  if (!attachment.filename.endsWith('.asc')) return { filename: attachment.filename, text: armored, sealed: false };
  const { data } = await decrypt({ message: await readMessage({ armoredMessage: armored }), decryptionKeys: await teamPrivateKey, format: 'binary' });
  return { filename: attachment.filename.replace(/\.asc$/, ''), text: new TextDecoder().decode(data as Uint8Array), sealed: true };
}

/** Every e-mail the stand-in accepted so far, as its recipient reads it. */
export async function outbox(): Promise<StoredEmail[]> {
  const stored = (await (await fetch(`${sinkUrl}/__outbox`)).json()) as (Omit<StoredEmail, 'sealed' | 'travelledText' | 'body'> & { body: Omit<StoredEmail['body'], 'html'> & { html?: string } })[];
  return Promise.all(
    stored.map(async (email) => {
      const { text, sealed } = await opened(email.body.text);
      return { ...email, body: { ...email.body, text, html: email.body.html ?? '' }, sealed, travelledText: email.body.text };
    }),
  );
}

/** E-mails whose submission id (in `form:submissionId:kind` keys) starts with a test's own prefix. */
export async function outboxFor(prefix: string): Promise<StoredEmail[]> {
  return (await outbox()).filter((email) => email.idempotencyKey?.split(':')[1]?.startsWith(prefix));
}

/** The Idempotency-Key the function gives an e-mail of a submission. */
export const keyOf = (form: 'registration' | 'callback', submissionId: unknown, kind: 'team' | 'receipt') => `${form}:${String(submissionId)}:${kind}`;

/**
 * Makes the stand-in fail for keys with this prefix (each prefix its own rule): server errors,
 * rate limits, quota, lost answers, dropped connections; for `forSeconds`, or until cleared.
 */
export async function injectFaults(faults: { mode: 'server_error' | 'rate_limit' | 'quota' | 'timeout' | 'network'; rate: number; keyPrefix: string; forSeconds?: number }) {
  await fetch(`${sinkUrl}/__faults`, { method: 'POST', body: JSON.stringify(faults) });
}

/** Ends the faults for keys with this prefix. */
export async function clearFaults(keyPrefix: string) {
  await fetch(`${sinkUrl}/__faults`, { method: 'POST', body: JSON.stringify({ mode: 'none', keyPrefix }) });
}

/** An e-mail of the second channel (`send_email`, saved as .eml next to the Resend e-mails), parsed. */
export interface SecondChannelEmail {
  file: string;
  from: string;
  to: string[];
  subject: string;
  /** As the team reads it (a sealed part opened with the test key). */
  text: string;
  sealed: boolean;
  raw: string;
}

/** Every e-mail the second channel delivered so far. */
export async function secondChannel(): Promise<SecondChannelEmail[]> {
  const files = (await (await fetch(`${sinkUrl}/__second-channel`)).json()) as { file: string; raw: string }[];
  return Promise.all(
    files.map(async ({ file, raw }) => {
      const email = await PostalMime.parse(raw);
      const { text, sealed } = await opened(email.text ?? '');
      return { file, from: email.from?.address ?? '', to: (email.to ?? []).map((to) => to.address ?? ''), subject: email.subject ?? '', text, sealed, raw };
    }),
  );
}

/** Polls `read` until `done` holds for what it returns, or the time is up; returns the last value. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000, everyMs = 500): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    value = await read();
  }
  return value;
}

let addressesHandedOut = 0;
/**
 * A client address of its own (documentation IPv6 range, unique per test worker and call), so the
 * per-client limit never mixes tests up: random addresses collided once in thousands of requests.
 */
export const clientAddress = () => `2001:db8:${process.pid.toString(16)}::${(addressesHandedOut += 1).toString(16)}`;
export const uniquePrefix = () => `t-${randomUUID().slice(0, 8)}`;

/** A valid sign-up as JSON, with a unique submission id under `prefix`. */
export function validSignUp(prefix: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    lang: 'nl',
    name: 'Test Moeder',
    phone: '06 12345678',
    contactBy: 'call',
    talkLanguage: 'nl',
    dueDate: dueDateInMonths(5),
    village: 'vlijmen',
    consent: true,
    submissionId: `${prefix}-${randomUUID()}`,
    ...overrides,
  };
}

/** A due date this many months from today, as YYYY-MM-DD. */
export function dueDateInMonths(months: number): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** POSTs JSON to /api/register from a client address of its own. */
export function postJson(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return postTo('/api/register', body, headers);
}

/** Runs `task` over `items` with at most `limit` at once. */
export async function inPool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index]!);
      }
    }),
  );
  return results;
}

/** A valid callback request as JSON, with a unique submission id under `prefix`. */
export function validCallback(prefix: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    lang: 'nl',
    referrerName: 'Joke Verloskundige',
    referrerOrganisation: 'Verloskundigenpraktijk Drunen',
    referrerRole: 'midwife',
    referrerEmail: 'joke@praktijk.example',
    motherName: 'Amina Tesfay',
    motherPhone: '06 23456789',
    callLanguage: 'ti',
    leaveMessage: 'no',
    consent: 'yes',
    submissionId: `${prefix}-${randomUUID()}`,
    ...overrides,
  };
}

/** POSTs JSON to one of the form endpoints from a client address of its own. */
export async function postTo(path: '/api/register' | '/api/callback', body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${siteUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': clientAddress(), ...headers },
    body: JSON.stringify(body),
  });
}
