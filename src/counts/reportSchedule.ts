/** The report's interval when REPORT_EVERY_WEEKS is not set: every four weeks. */
export const defaultReportEveryWeeks = 4;

const weekMs = 7 * 24 * 3600 * 1000;
/** A Monday (1970-01-05): weeks are counted from it, so the same weeks report every year. */
const firstMonday = Date.UTC(1970, 0, 5);

/** The interval in weeks from REPORT_EVERY_WEEKS (a whole number from 1 to 52), or the default. */
export function reportEveryWeeksFrom(setting: string | undefined): number {
  const weeks = Number(setting);
  return /^\d+$/.test(setting?.trim() ?? '') && weeks >= 1 && weeks <= 52 ? weeks : defaultReportEveryWeeks;
}

/**
 * Whether the weekly Cron Trigger at `moment` sends the report: once every `everyWeeks` weeks,
 * counted from a fixed Monday, so the interval needs no state between runs.
 */
export function isReportWeek(moment: Date, everyWeeks: number): boolean {
  return Math.floor((moment.getTime() - firstMonday) / weekMs) % everyWeeks === 0;
}
