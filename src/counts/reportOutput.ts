import { reportLabels } from './labels';
import { evaluationReport, publishedRows, type CountRow } from './report';
import { reportText } from './renderReport';

export { readCountsQuery } from './readCounts';

/** How many months a report covers, up to and including the current one. */
export const reportMonths = 12;

/**
 * What `npm run report` prints for the counters read from D1: the report as text, or with `json`
 * `{"rows":[{"month","form","lang","village","route","outcome","count"}]}` (count a number of at
 * least 5, or `"<5"`).
 */
export function reportOutput(rows: readonly CountRow[], options: { json: boolean; now: Date }): string {
  if (options.json) return JSON.stringify(publishedRows(rows));
  return reportText(evaluationReport(rows, { month: options.now.toISOString().slice(0, 7), months: reportMonths }), reportLabels());
}
