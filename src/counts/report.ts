/** One counter as D1 keeps it: exact, for the report's eyes only. */
export interface CountRow {
  month: string;
  form: string;
  lang: string;
  village: string;
  route: string;
  outcome: string;
  count: number;
}

/** A number as the report may show it: exact from 5 up, `<5` below, `≥5` where an exact number would give a small one away. */
export type Shown = number | '<5' | '≥5';

/** Below this, a number is never shown: it could point to one mother. */
export const smallestShown = 5;

/** A counter as `npm run report -- --json` prints it: `count` is a number of at least 5, or `"<5"`. */
export type PublishedRow = Omit<CountRow, 'count'> & { count: number | '<5' };

/** The counters with every count under 5 shown as `"<5"`, newest month first (`npm run report -- --json`). */
export function publishedRows(rows: readonly CountRow[]): { rows: PublishedRow[] } {
  return { rows: sortRows(rows).map((row) => ({ ...row, count: row.count < smallestShown ? '<5' : row.count })) };
}

/** The parts of a count the report breaks a month down by. */
export type Dimension = 'lang' | 'village' | 'route' | 'outcome';

/** The breakdowns each form gets: only the parts the form has (a callback asks no village; a scan has a practice and a language). */
export const dimensionsOf: Readonly<Record<string, readonly Dimension[]>> = {
  registration: ['lang', 'village', 'route', 'outcome'],
  callback: ['lang', 'outcome'],
  scan: ['route', 'lang'],
};

/** The forms in the order the report shows them. */
export const reportForms = ['registration', 'callback', 'scan'] as const;

export interface Breakdown {
  dimension: Dimension;
  /** Largest first; `share` (0–1 of the largest shown number) draws the bar, 0 for a hidden number. */
  rows: { value: string; count: Shown; share: number }[];
}

export interface FormReport {
  form: string;
  total: Shown;
  breakdowns: Breakdown[];
}

export interface MonthReport {
  month: string;
  forms: FormReport[];
}

/**
 * The small-cell rule for one breakdown of a total: a count under 5 shows as `<5`. When exactly
 * one count in it is hidden, the total would give it away (total minus the rest), so the next
 * smallest count is hidden too and shows as `≥5`: true, and the two can no longer be told apart.
 */
export function suppress(counts: readonly number[]): Shown[] {
  const shown: Shown[] = counts.map((count) => (count < smallestShown ? '<5' : count));
  const small = counts.filter((count) => count < smallestShown).length;
  if (small === 1 && counts.length > 1) {
    let partner = -1;
    counts.forEach((count, index) => {
      if (count >= smallestShown && (partner === -1 || count < counts[partner]!)) partner = index;
    });
    if (partner !== -1) shown[partner] = '≥5';
  }
  return shown;
}

/** A total as it may be shown: `<5` from 1 to 4 (none is none). Every breakdown of it hides what the total would give away (`suppress`). */
export const shownTotal = (total: number): Shown => (total > 0 && total < smallestShown ? '<5' : total);

/** The months from `first` back, newest first: `lastMonths('2026-03', 3)` is 2026-03, 2026-02, 2026-01. */
export function lastMonths(first: string, count: number): string[] {
  const [year, month] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, back) => {
    const date = new Date(Date.UTC(year, month - 1 - back, 1));
    return date.toISOString().slice(0, 7);
  });
}

/**
 * The evaluation's report: per month (newest first, the `months` up to and including `month`), per
 * form, the total and a breakdown by each of the form's parts, under the small-cell rule. Counts
 * of other forms or months are left out. Nothing in it is finer than a month.
 */
export function evaluationReport(rows: readonly CountRow[], options: { month: string; months: number }): MonthReport[] {
  return lastMonths(options.month, options.months).map((month) => ({
    month,
    forms: reportForms.map((form) => {
      const ofForm = rows.filter((row) => row.month === month && row.form === form);
      const total = ofForm.reduce((sum, row) => sum + row.count, 0);
      const breakdowns = (dimensionsOf[form] ?? []).map((dimension) => {
        const sums = new Map<string, number>();
        for (const row of ofForm) sums.set(row[dimension], (sums.get(row[dimension]) ?? 0) + row.count);
        const entries = [...sums].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
        const shown = suppress(entries.map(([, count]) => count));
        const largest = Math.max(0, ...shown.filter((count): count is number => typeof count === 'number'));
        return { dimension, rows: entries.map(([value], index) => ({ value, count: shown[index]!, share: typeof shown[index] === 'number' && largest > 0 ? (shown[index] as number) / largest : 0 })) };
      });
      return { form, total: shownTotal(total), breakdowns };
    }),
  }));
}

function sortRows(rows: readonly CountRow[]): CountRow[] {
  const key = (row: CountRow) => [row.form, row.lang, row.village, row.route, row.outcome].join('\u0000');
  return [...rows].sort((a, b) => b.month.localeCompare(a.month) || key(a).localeCompare(key(b)));
}
