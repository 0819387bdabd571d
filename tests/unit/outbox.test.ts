import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screenSubmission } from '../../src/submissions/screen';
import { asCorrection } from '../../src/mail/correction';
import type { EmailMessage } from '../../src/mail/emailMessage';
import { resendSender } from '../../src/delivery/resendSender';
import { consumeOutboxMessage } from '../../src/delivery/consumeOutbox';
import { putInOutbox } from '../../src/delivery/enqueue';
import type { OutboxMessage, QueuedMessage } from '../../src/delivery/outboxMessage';
import { nextRetryDelay, productionRetryDelaysSeconds, retryDelaysFrom } from '../../src/delivery/retrySchedule';
import { consumeDeadLetter, secondChannelEmail, toMime } from '../../src/delivery/secondChannel';
import { startLocalResend } from '../../scripts/local-resend.mjs';

// The outbox's logic without a queue: the consumers get plain message objects that record what
// they were told (ack, retry); e-mails go through the real Resend SDK to the local stand-in.

let sink: { url: string; close: () => void };
beforeAll(async () => {
  sink = await startLocalResend({ port: 8600 + Math.floor(Math.random() * 80), outboxDir: 'reports/unit-outbox-queue', quiet: true });
});
afterAll(() => sink.close());

const faults = (body: Record<string, unknown>) => fetch(`${sink.url}/__faults`, { method: 'POST', body: JSON.stringify(body) });
const stored = async () => (await (await fetch(`${sink.url}/__outbox`)).json()) as { idempotencyKey: string; body: EmailMessage }[];
const send = () => resendSender({ RESEND_API_KEY: 're_test', MAIL_FROM: 'Hallo jij! <hallojij@example.org>', RESEND_BASE_URL: sink.url, inbox: 'team@example.org' });

const email = (subject: string, to = 'team@example.org'): EmailMessage => ({
  from: 'Hallo jij! <hallojij@example.org>',
  to: [to],
  subject,
  text: `Nieuwe aanmelding (${subject})\nNaam: ሳባ ተስፋይ`,
  html: `<!doctype html><html lang="nl"><body><h1>${subject}</h1><p>ሳባ ተስፋይ</p></body></html>`,
});
const message = (id: string, withReceipt = true): OutboxMessage => ({
  version: 1,
  form: 'registration',
  reference: `HJ-${id.toUpperCase().padEnd(8, 'X').slice(0, 8)}`,
  emails: [
    { role: 'team', idempotencyKey: `registration:${id}:team`, message: email(`Nieuwe aanmelding ${id}`) },
    ...(withReceipt ? [{ role: 'receipt' as const, idempotencyKey: `registration:${id}:receipt`, message: email(`Je aanmelding ${id}`, 'saba@example.org') }] : []),
  ],
});
/** The consumers' settings for a team that accepted clear text (sealing has its own tests: seal.test.ts). */
const clearText = () => ({ security: { mode: 'plaintext' as const }, salt: 'test', versions: undefined, outbox: queue() });
/** A queue message that records what the consumer decided. */
function queued(body: unknown, attempts = 1): QueuedMessage & { decision?: string; delaySeconds?: number | undefined } {
  const record: QueuedMessage & { decision?: string; delaySeconds?: number | undefined } = {
    body,
    attempts,
    ack: () => void (record.decision = 'ack'),
    retry: (options) => {
      record.decision = 'retry';
      record.delaySeconds = options?.delaySeconds;
    },
  };
  return record;
}
const queue = () => {
  const sent: { body: OutboxMessage; delaySeconds?: number | undefined }[] = [];
  return { sent, send: async (body: OutboxMessage, options?: { delaySeconds?: number }) => void sent.push({ body, delaySeconds: options?.delaySeconds }) };
};

describe('retry schedule', () => {
  it('by default tries 10 times over more than 4.5 hours and less than Resend\'s 24-hour idempotency window', () => {
    const total = productionRetryDelaysSeconds.reduce((sum, delay) => sum + delay, 0);
    expect(productionRetryDelaysSeconds).toHaveLength(10);
    expect(total).toBeGreaterThan(4.5 * 3600);
    expect(total).toBeLessThan(24 * 3600);
  });

  it('reads OUTBOX_RETRY_DELAYS, and falls back to the production schedule on anything else', () => {
    expect(retryDelaysFrom('1, 2,5')).toEqual([1, 2, 5]);
    for (const bad of [undefined, '', 'soon', '1,,2', '-1', '1.5', '99999999']) expect(retryDelaysFrom(bad)).toBe(productionRetryDelaysSeconds);
  });

  it('gives the wait after each failed try, and none once the schedule is spent', () => {
    expect([1, 2, 3].map((attempt) => nextRetryDelay([10, 20, 30], attempt))).toEqual([20, 30, undefined]);
  });
});

describe('the outbox consumer', () => {
  it('sends the team e-mail, then hers, with their keys, and acks', async () => {
    const item = queued(message('deliver-1'));
    await consumeOutboxMessage(item, { ...clearText(), send: send(), deadLetters: queue(), schedule: [1, 2] });
    expect(item.decision).toBe('ack');
    expect((await stored()).filter((e) => e.idempotencyKey.startsWith('registration:deliver-1')).map((e) => e.idempotencyKey)).toEqual([
      'registration:deliver-1:team',
      'registration:deliver-1:receipt',
    ]);
  });

  it('tried again after the team e-mail already went: one e-mail, not two', async () => {
    await consumeOutboxMessage(queued(message('again-1')), { ...clearText(), send: send(), deadLetters: queue(), schedule: [1] });
    await consumeOutboxMessage(queued(message('again-1'), 2), { ...clearText(), send: send(), deadLetters: queue(), schedule: [1] });
    expect((await stored()).filter((e) => e.idempotencyKey === 'registration:again-1:team')).toHaveLength(1);
  });

  it('Resend down: retries after the next delay of the schedule; when it is spent, hands over to the dead-letter queue', async () => {
    await faults({ mode: 'server_error', rate: 1, keyPrefix: 'registration:down-1' });
    const deadLetters = queue();
    const first = queued(message('down-1'), 1);
    await consumeOutboxMessage(first, { ...clearText(), send: send(), deadLetters, schedule: [5, 7, 9] });
    expect(first).toMatchObject({ decision: 'retry', delaySeconds: 7 });
    const last = queued(message('down-1'), 3);
    await consumeOutboxMessage(last, { ...clearText(), send: send(), deadLetters, schedule: [5, 7, 9] });
    await faults({ mode: 'none', keyPrefix: 'registration:down-1' });
    expect(last.decision).toBe('ack');
    expect(deadLetters.sent).toHaveLength(1);
    expect(deadLetters.sent[0]!.body).toMatchObject({ reference: message('down-1').reference, delivered: [], reason: 'internal_server_error' });
  });

  it('an error that retrying cannot fix (quota) goes to the dead-letter queue at once', async () => {
    await faults({ mode: 'quota', rate: 1, keyPrefix: 'registration:quota-1' });
    const deadLetters = queue();
    const item = queued(message('quota-1'), 1);
    await consumeOutboxMessage(item, { ...clearText(), send: send(), deadLetters, schedule: [5, 7, 9] });
    await faults({ mode: 'none', keyPrefix: 'registration:quota-1' });
    expect(item.decision).toBe('ack');
    expect(deadLetters.sent[0]!.body.reason).toBe('daily_quota_exceeded');
  });

  it('the team e-mail went but hers did not: the dead letter says which one arrived', async () => {
    await faults({ mode: 'server_error', rate: 1, keyPrefix: 'registration:half-1:receipt' });
    const deadLetters = queue();
    await consumeOutboxMessage(queued(message('half-1'), 2), { ...clearText(), send: send(), deadLetters, schedule: [5, 7] });
    await faults({ mode: 'none', keyPrefix: 'registration:half-1:receipt' });
    expect(deadLetters.sent[0]!.body.delivered).toEqual(['registration:half-1:team']);
  });

  it('when the dead-letter queue refuses, keeps the message for a later try', async () => {
    await faults({ mode: 'quota', rate: 1, keyPrefix: 'registration:refused-1' });
    const item = queued(message('refused-1'), 1);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await consumeOutboxMessage(item, { ...clearText(), send: send(), deadLetters: { send: () => Promise.reject(new Error('full')) }, schedule: [5, 7] });
    error.mockRestore();
    await faults({ mode: 'none', keyPrefix: 'registration:refused-1' });
    expect(item).toMatchObject({ decision: 'retry', delaySeconds: 7 });
  });

  it('logs a reference, an outcome and the try, never an answer', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await consumeOutboxMessage(queued(message('log-1'), 3), { ...clearText(), send: send(), deadLetters: queue(), schedule: [1] });
    const lines = log.mock.calls.map((args) => args.join(' ')).join('\n');
    log.mockRestore();
    expect(JSON.parse(lines)).toMatchObject({ event: 'outbox', ref: message('log-1').reference, outcome: 'outbox-delivered', attempt: 3 });
    expect(lines).not.toContain('ሳባ');
    expect(lines).not.toContain('saba@example.org');
  });
});

describe('putting a submission in the outbox', () => {
  it('retryable: in the outbox after the first delay; not retryable: in the dead-letter queue; refused: false', async () => {
    const outbox = queue();
    const deadLetters = queue();
    expect(await putInOutbox({ outbox, deadLetters }, message('put-1'), { retryable: true, error: 'network_error' }, [60, 120])).toBe('outbox');
    expect(outbox.sent[0]!.delaySeconds).toBe(60);
    expect(await putInOutbox({ outbox, deadLetters }, message('put-2'), { retryable: false, error: 'validation_error' }, [60])).toBe('dead-letters');
    expect(deadLetters.sent[0]!.body.reason).toBe('validation_error');
    expect(await putInOutbox({ outbox: undefined, deadLetters }, message('put-3'), { retryable: true, error: 'timeout' }, [60])).toBe(false);
    expect(await putInOutbox({ outbox: { send: () => Promise.reject(new Error('x')) }, deadLetters }, message('put-4'), { retryable: true, error: 'timeout' }, [60])).toBe(false);
  });
});

describe('the second channel', () => {
  it('sends the team e-mail as MIME that any mail program reads back: sender, team inbox, subject, every script', async () => {
    const raw = toMime({ ...email('Nieuwe aanmelding Hallo jij! HJ-ABCDEFGH'), replyTo: 'saba@example.org' }, 'Hallo jij! <hallojij@example.org>', 'team@example.org');
    const parsed = await PostalMime.parse(raw);
    expect(parsed.from).toMatchObject({ name: 'Hallo jij!', address: 'hallojij@example.org' });
    expect(parsed.to?.map((to) => to.address)).toEqual(['team@example.org']);
    expect(parsed.replyTo?.map((to) => to.address)).toEqual(['saba@example.org']);
    expect(parsed.subject).toBe('Nieuwe aanmelding Hallo jij! HJ-ABCDEFGH');
    expect(parsed.text).toContain('Naam: ሳባ ተስፋይ');
    expect(parsed.html).toContain('<p>ሳባ ተስፋይ</p>');
  });

  it('marks what came by the back-up route, and tells the team when her confirmation did not go', async () => {
    const both = secondChannelEmail({ ...message('sc-1'), delivered: [], reason: 'internal_server_error' }, 'Hallo jij! <hallojij@example.org>')!;
    const parsedBoth = await PostalMime.parse(both.raw);
    expect(both).toMatchObject({ from: 'hallojij@example.org', to: 'team@example.org' });
    expect(parsedBoth.subject).toBe('[Reserveroute] Nieuwe aanmelding sc-1');
    expect(parsedBoth.text).toContain('internal_server_error');
    expect(parsedBoth.text).toContain('De bevestiging per e-mail is niet verstuurd');
    // The notes travel in clear, also when the team's e-mail is sealed: never her address.
    expect((parsedBoth.text ?? '').split('\n\n')[0]).not.toContain('saba@example.org');
    const onlyReceipt = secondChannelEmail({ ...message('sc-2'), delivered: ['registration:sc-2:team'], reason: 'timeout' }, 'hallojij@example.org')!;
    const parsedReceipt = await PostalMime.parse(onlyReceipt.raw);
    expect(parsedReceipt.subject).toBe(`[Reserveroute] Bevestiging niet verstuurd ${message('sc-2').reference}`);
    expect(parsedReceipt.text).not.toContain('ሳባ');
    expect(secondChannelEmail({ ...message('sc-3'), delivered: ['registration:sc-3:team', 'registration:sc-3:receipt'] }, 'hallojij@example.org')).toBeUndefined();
  });

  it('delivered: acks and logs an error with the reference only; failed: stays in the dead-letter queue', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sentRaw: string[] = [];
    const ok = queued({ ...message('dl-1'), delivered: [], reason: 'timeout' });
    await consumeDeadLetter(ok, { ...clearText(), sendRaw: async ({ raw }) => void sentRaw.push(raw), from: 'Hallo jij! <hallojij@example.org>', retryDelaySeconds: 3600 });
    const failing = queued({ ...message('dl-2'), delivered: [], reason: 'timeout' });
    await consumeDeadLetter(failing, { ...clearText(), sendRaw: () => Promise.reject(new Error('destination address not verified')), from: 'hallojij@example.org', retryDelaySeconds: 3600 });
    const lines = error.mock.calls.map((args) => JSON.parse(String(args[0])) as Record<string, unknown>);
    error.mockRestore();
    expect(ok.decision).toBe('ack');
    expect(sentRaw).toHaveLength(1);
    expect(failing).toMatchObject({ decision: 'retry', delaySeconds: 3600 });
    expect(lines.map((line) => line.outcome)).toEqual(['second-channel-delivered', 'second-channel-failed']);
    expect(lines[1]!.detail).toContain('kept in the dead-letter queue');
    expect(JSON.stringify(lines)).not.toContain('ሳባ');
  });
});

describe('corrections and bot checks', () => {
  it('a correction says so in the subject and on top, with the time she sent it', () => {
    const corrected = asCorrection(email('Nieuwe aanmelding Hallo jij! HJ-ABCDEFGH'), { submittedAt: '2026-12-03T13:31:00Z', waited: true });
    expect(corrected.subject).toBe('Correctie: Nieuwe aanmelding Hallo jij! HJ-ABCDEFGH');
    expect(corrected.text).toMatch(/^Correctie: de gegevens zijn gewijzigd\. Ze zijn verstuurd op 3 december 2026 om 14:31\./);
    expect(corrected.text).toContain('in de wachtrij gestaan');
    expect(corrected.html).toMatch(/<body><p><strong>Correctie:|<body>\n<p><strong>Correctie:/);
  });

  it('drops only what filled the hidden field; asks again when faster than a person; never looks at a clock time', () => {
    expect(screenSubmission({ website: 'http://spam.example' })).toBe('drop');
    expect(screenSubmission({ website: 'x', checkedAgain: 'yes' })).toBe('drop');
    expect(screenSubmission({ elapsedMs: '900' })).toBe('checkAgain');
    expect(screenSubmission({ elapsedMs: '900', checkedAgain: 'yes' })).toBe('accept');
    expect(screenSubmission({ elapsedMs: '45000' })).toBe('accept');
    expect(screenSubmission({})).toBe('accept');
    expect(screenSubmission({ startedAt: String(Date.now() + 600_000) })).toBe('accept');
    expect(screenSubmission({ startedAt: String(Date.now() - 100) })).toBe('accept');
    expect(screenSubmission({ elapsedMs: 'soon' })).toBe('accept');
  });
});
