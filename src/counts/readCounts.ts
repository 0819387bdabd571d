import type { CountDatabase } from './countStore';
import type { CountRow } from './report';

/** The query that reads every counter: the Worker and `npm run report` ask the same. */
export const readCountsQuery = 'SELECT month, form, lang, village, route, outcome, count FROM counts ORDER BY month DESC, form, lang, village, route, outcome';

/** Every counter in D1, exact (for the report, which applies the small-cell rule). */
export async function readCounts(db: CountDatabase): Promise<CountRow[]> {
  return (await db.prepare(readCountsQuery).all<CountRow>()).results;
}
