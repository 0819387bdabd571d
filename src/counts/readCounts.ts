import type { CountDatabase } from './countStore';
import type { CountRow } from './report';

/** The query that reads every counter: the Worker and `npm run report` ask the same. */
export const readCountsQuery = 'SELECT month, form, lang, village, route, outcome, count FROM counts ORDER BY month DESC, form, lang, village, route, outcome';

/** Every counter in D1, exact (for the report, which applies the small-cell rule). */
export async function readCounts(db: CountDatabase): Promise<CountRow[]> {
  return (await db.prepare(readCountsQuery).all<CountRow>()).results;
}

/** How long the counts are kept, in months (the processing record: 5 years, to compare with earlier years). */
export const keepCountsMonths = 60;

/** Deletes the counts of months older than `keepCountsMonths` before `now`'s month; returns nothing, throws on a D1 error. */
export async function forgetOldCounts(db: CountDatabase, now: Date): Promise<void> {
  const oldest = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - keepCountsMonths + 1, 1)).toISOString().slice(0, 7);
  await db.prepare('DELETE FROM counts WHERE month < ?1').bind(oldest).run();
}
