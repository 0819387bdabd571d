import { logEvent } from '../utils/log';
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

/** Adds `times` (one unless counts were gathered) to a tally's counter with an outcome; the row is made the first time. */
export async function addCount(db: CountDatabase, tally: Tally, outcome: Outcome, times = 1): Promise<void> {
  const { month, form, lang, village, route } = cleanTally(tally);
  await db
    .prepare(
      'INSERT INTO counts (month, form, lang, village, route, outcome, count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ' +
        'ON CONFLICT (month, form, lang, village, route, outcome) DO UPDATE SET count = count + ?7',
    )
    .bind(month, form, lang, village, route, outcome, times)
    .run();
}

/** How long a count may take before it is given up: she never waits for it. */
export const countTimeoutMs = 2000;

/** How a count is made. */
export interface CountOptions {
  /** At most this long (default `countTimeoutMs`); then it is given up and logged. */
  timeoutMs?: number;
  /** How many submissions it counts (default 1): a failure logs one line for each. */
  times?: number;
}

/**
 * Counts without costing her anything: resolves (never rejects) when the count is stored, or when
 * D1 failed or took longer than the bound; then one log line says so (an outcome, never an
 * answer). Hand the promise to `waitUntil` so her answer never waits for it.
 */
export async function countQuietly(db: CountDatabase | undefined, tally: Tally, outcome: Outcome, { timeoutMs = countTimeoutMs, times = 1 }: CountOptions = {}): Promise<void> {
  if (!db) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([addCount(db, tally, outcome, times), timeout]);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown';
    for (let line = 0; line < times; line += 1) logEvent('count', { form: tally.form, outcome: 'count-failed', detail }, 'error');
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
