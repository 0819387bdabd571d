import { countQuietly, type CountDatabase } from './countStore';
import { cleanTally, type Outcome, type Tally } from './tally';

/** Where a request handler hands work that must not delay her answer (the Worker's ExecutionContext). */
export interface Background {
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * How long counts gather before they are written. Under load an isolate takes many sign-ups a
 * second: one write per window for each row instead of one per sign-up keeps counting from
 * slowing the sign-ups around it (bench: `counting in D1`).
 */
export const countWindowMs = 500;

/** This isolate's counts waiting for their write, by the row they add to. */
const waiting = new Map<string, { tally: Tally; outcome: Outcome; times: number }>();
let writing: Promise<void> | undefined;

/** Writes what gathered in the window, each row once with its number; never rejects. */
async function writeWhatGathered(db: CountDatabase): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, countWindowMs));
  const rows = [...waiting.values()];
  waiting.clear();
  writing = undefined;
  await Promise.all(rows.map(({ tally, outcome, times }) => countQuietly(db, tally, outcome, { times })));
}

/**
 * Counts without delaying her answer: the count joins this isolate's window, and the first count of
 * a window hands its write to `waitUntil` (which keeps the Worker alive for it after the answer).
 * Without a runtime to hand it to (a script, a test), it counts at once, within the short bound.
 */
export async function countInBackground(background: Background | undefined, db: CountDatabase | undefined, tally: Tally, outcome: Outcome): Promise<void> {
  if (!db) return;
  if (!background) return countQuietly(db, tally, outcome);
  const clean = cleanTally(tally);
  const key = JSON.stringify([clean.month, clean.form, clean.lang, clean.village, clean.route, outcome]);
  const row = waiting.get(key);
  if (row) row.times += 1;
  else waiting.set(key, { tally: clean, outcome, times: 1 });
  if (!writing) {
    writing = writeWhatGathered(db);
    background.waitUntil(writing);
  }
}
