import { logEvent } from '../utils/log';
import { claimCount, type CountOnce } from './countOnce';
import type { Outcome, Tally } from './tally';
import { cleanTally } from './tally';

/** The part of Cloudflare's D1Database the counts use (the `COUNTS` binding of wrangler.toml). */
export interface CountDatabase {
  prepare(query: string): {
    bind(...values: unknown[]): { run(): Promise<unknown>; all<T = Record<string, unknown>>(): Promise<{ results: T[] }> };
    all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
  };
}

/**
 * The database to count in: `COUNTS`, unless the setting `COUNTING` is `off` (counting stopped
 * without a deploy, e.g. when the privacy officer asks; the benchmark's run without counting).
 */
export function countingDatabase(settings: { COUNTS?: CountDatabase | undefined; COUNTING?: string | undefined }): CountDatabase | undefined {
  return settings.COUNTING === 'off' ? undefined : settings.COUNTS;
}

/** Adds one to a tally's counter with an outcome; the row is made the first time. */
export async function addCount(db: CountDatabase, tally: Tally, outcome: Outcome): Promise<void> {
  const { month, form, lang, village, route } = cleanTally(tally);
  await db
    .prepare(
      'INSERT INTO counts (month, form, lang, village, route, outcome, count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1) ' +
        'ON CONFLICT (month, form, lang, village, route, outcome) DO UPDATE SET count = count + 1',
    )
    .bind(month, form, lang, village, route, outcome)
    .run();
}

/** How long a count may take before it is given up: she never waits for it. */
export const countTimeoutMs = 2000;

/** How a count is made: its time bound, and the submission it belongs to (counted once). */
export interface CountOptions {
  /** At most this long (default `countTimeoutMs`); then it is given up and logged. */
  timeoutMs?: number;
  /** The submission: a second copy of it, or its correction, counts nothing. Scans have none. */
  once?: CountOnce;
}

/**
 * Counts without costing her anything: resolves (never rejects) when the count is stored, or when
 * D1 failed or took longer than the bound; then one log line says so (an outcome, never an
 * answer). Hand the promise to `waitUntil` so her answer never waits for it.
 */
export async function countQuietly(db: CountDatabase | undefined, tally: Tally, outcome: Outcome, { timeoutMs = countTimeoutMs, once }: CountOptions = {}): Promise<void> {
  if (!db) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  const count = async () => {
    if (once && !(await claimCount(once))) return;
    await addCount(db, tally, outcome);
  };
  try {
    await Promise.race([count(), timeout]);
  } catch (error) {
    logEvent('count', { form: tally.form, outcome: 'count-failed', detail: error instanceof Error ? error.message.slice(0, 200) : 'unknown' }, 'error');
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** Where a request handler hands work that must not delay her answer (the Worker's ExecutionContext). */
export interface Background {
  waitUntil(promise: Promise<unknown>): void;
}

/** Counts in the background when the runtime allows it, otherwise within the count's short bound. */
export async function countInBackground(background: Background | undefined, db: CountDatabase | undefined, tally: Tally, outcome: Outcome, options: CountOptions = {}): Promise<void> {
  const counting = countQuietly(db, tally, outcome, options);
  if (background) background.waitUntil(counting);
  else await counting;
}
