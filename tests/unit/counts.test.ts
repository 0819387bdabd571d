import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getPlatformProxy } from 'wrangler';
import { consumeOutboxMessage } from '../../src/delivery/consumeOutbox';
import type { OutboxMessage, QueuedMessage } from '../../src/delivery/outboxMessage';
import { consumeDeadLetter } from '../../src/delivery/secondChannel';
import { countInBackground } from '../../src/counts/countInBackground';
import { countQuietly, type CountDatabase } from '../../src/counts/countStore';
import { forgetOldCounts, readCounts } from '../../src/counts/readCounts';
import type { Outcome, Tally } from '../../src/counts/tally';

// The counts in a real local D1 (miniflare, as `wrangler dev` runs it), with the schema of migrations/.

let proxy: Awaited<ReturnType<typeof getPlatformProxy<{ COUNTS: CountDatabase }>>>;
let db: CountDatabase;
beforeAll(async () => {
  proxy = await getPlatformProxy<{ COUNTS: CountDatabase }>({ persist: false, remoteBindings: false, envFiles: [] });
  db = proxy.env.COUNTS;
  for (const statement of readFileSync('migrations/0001_counts.sql', 'utf8').replace(/--.*$/gm, '').split(';').filter((sql) => sql.trim())) await db.prepare(statement).all();
}, 60_000);
afterAll(() => proxy?.dispose());

const rows = async () => (await db.prepare('SELECT month, form, lang, village, route, outcome, count FROM counts ORDER BY form, lang, outcome').all<Record<string, unknown>>()).results;
const tally = (over: Partial<Tally> = {}): Tally => ({ month: '2026-11', form: 'registration', lang: 'ti', village: 'drunen', route: 'unknown', ...over });

describe('counting', () => {
  it('adds one per submission to the row of its month, form, language, village, route and outcome', async () => {
    await countQuietly(db, tally(), 'delivered');
    await countQuietly(db, tally(), 'delivered');
    await countQuietly(db, tally({ lang: 'ar' }), 'delivered');
    expect(await rows()).toEqual([
      { month: '2026-11', form: 'registration', lang: 'ar', village: 'drunen', route: 'unknown', outcome: 'delivered', count: 1 },
      { month: '2026-11', form: 'registration', lang: 'ti', village: 'drunen', route: 'unknown', outcome: 'delivered', count: 2 },
    ]);
  });

  it('counts a value it does not know as "unknown", never as what was sent', async () => {
    await countQuietly(db, tally({ form: 'scan', route: 'Anna <anna@example.org>', village: '-' }), 'scanned');
    expect((await rows()).filter((row) => row.form === 'scan')).toEqual([{ month: '2026-11', form: 'scan', lang: 'ti', village: '-', route: 'unknown', outcome: 'scanned', count: 1 }]);
  });

  it('never throws and never waits long when D1 fails or hangs: one log line each, with no answer in it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing: CountDatabase = { prepare: () => { throw new Error('D1_ERROR: database unavailable'); } };
    const hanging: CountDatabase = { prepare: () => ({ bind: () => ({ run: () => new Promise(() => {}), all: () => new Promise(() => {}) }), all: () => new Promise(() => {}) }) };
    await expect(countQuietly(failing, tally(), 'delivered')).resolves.toBeUndefined();
    const started = Date.now();
    await countQuietly(hanging, tally(), 'delivered', { timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(errors).toHaveBeenCalledTimes(2);
    for (const [line] of errors.mock.calls) expect(JSON.parse(String(line))).toMatchObject({ event: 'count', level: 'error', outcome: 'count-failed', form: 'registration' });
    errors.mockRestore();
  });
});

describe('counting in the background', () => {
  it('gathers the counts of a short window into one write per row, handed to waitUntil once, and loses none', async () => {
    const handed: Promise<unknown>[] = [];
    const background = { waitUntil: (promise: Promise<unknown>) => void handed.push(promise) };
    for (let i = 0; i < 5; i += 1) await countInBackground(background, db, tally({ lang: 'pl', village: 'nieuwkuijk' }), 'delivered');
    await countInBackground(background, db, tally({ lang: 'pl', village: 'nieuwkuijk' }), 'queued-delivered');
    expect(handed).toHaveLength(1);
    await Promise.all(handed);
    await countInBackground(background, db, tally({ lang: 'pl', village: 'nieuwkuijk' }), 'delivered');
    expect(handed).toHaveLength(2);
    await Promise.all(handed);
    expect((await rows()).filter((row) => row.village === 'nieuwkuijk').map((row) => [row.outcome, row.count])).toEqual([
      ['delivered', 6],
      ['queued-delivered', 1],
    ]);
  });
});

describe('keeping counts five years', () => {
  it('deletes the months older than 60 months back, and keeps the rest', async () => {
    await countQuietly(db, tally({ month: '2021-12', lang: 'tr' }), 'delivered');
    await countQuietly(db, tally({ month: '2021-11', lang: 'tr' }), 'delivered');
    await forgetOldCounts(db, new Date('2026-11-15T06:00:00Z'));
    const months = (await readCounts(db)).filter((row) => row.lang === 'tr').map((row) => row.month);
    expect(months).toEqual(['2021-12']);
  });
});

describe('counting what waited in the outbox', () => {
  const message = (id: string, delivered?: string[]): OutboxMessage => ({
    version: 1,
    form: 'registration',
    reference: 'HJ-COUNTS01',
    tally: tally({ lang: 'pl' }),
    emails: [{ role: 'team', idempotencyKey: `registration:${id}:team`, message: { from: 'Hallo jij! <hallojij@example.org>', to: ['team@example.org'], subject: 'Nieuwe aanmelding', text: 'x' } }],
    ...(delivered ? { delivered, reason: 'quota' } : {}),
  });
  const queued = (body: unknown): QueuedMessage => ({ body, attempts: 1, ack: () => {}, retry: () => {} });
  const recorder = () => {
    const counted: [Tally, Outcome][] = [];
    return { counted, count: async (t: Tally, outcome: Outcome) => void counted.push([t, outcome]) };
  };

  it('counts "queued-delivered" when the outbox delivers the team\'s e-mail', async () => {
    const { counted, count } = recorder();
    const send = async () => ({ data: { id: '1' }, error: null });
    await consumeOutboxMessage(queued(message('c1')), { send, security: { mode: 'plaintext' }, salt: 't', versions: undefined, outbox: { send: async () => {} }, deadLetters: { send: async () => {} }, schedule: [1], count });
    expect(counted).toEqual([[tally({ lang: 'pl' }), 'queued-delivered']]);
  });

  it('counts nothing when what the outbox delivers was there already: the other copy of a double submit, sealed another time', async () => {
    const { counted, count } = recorder();
    // Resend refuses the key with another body; the memory of versions knows this version arrived.
    const send = async () => ({ data: null, error: { name: 'invalid_idempotent_request', statusCode: 409 } });
    const copy = message('c4');
    copy.emails[0]!.contentId = 'v1';
    const versions = { has: async () => true, remember: async () => {} };
    await consumeOutboxMessage(queued(copy), { send, security: { mode: 'plaintext' }, salt: 't', versions, outbox: { send: async () => {} }, deadLetters: { send: async () => {} }, schedule: [1], count });
    expect(counted).toEqual([]);
  });

  it('counts "second-channel" when the second channel carries the team\'s e-mail, and nothing when the team had it already', async () => {
    const { counted, count } = recorder();
    const deps = { sendRaw: async () => {}, from: 'Hallo jij! <hallojij@example.org>', retryDelaySeconds: 1, security: { mode: 'plaintext' as const }, salt: 't', count };
    await consumeDeadLetter(queued(message('c2')), deps);
    await consumeDeadLetter(queued(message('c3', ['registration:c3:team'])), deps);
    expect(counted).toEqual([[tally({ lang: 'pl' }), 'second-channel']]);
  });
});
