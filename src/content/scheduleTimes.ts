/**
 * Whether a meet-up's `schedule` text, in each language, names the same start and end time as
 * its structured `start` and `end` (the times her calendar gets, src/calendar/). The schema
 * (./schemas.ts) refuses a meet-up whose text and times disagree, so they cannot drift apart.
 */
import type { Locale } from '../i18n/locales';

/** A time of day as the data files write it: 24-hour clock, Amsterdam time, "10:00" or "13:30". */
export const clockTimePattern = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;

/**
 * Languages whose texts write times on the 12-hour clock with "am" or "pm", the end time always
 * with it ("10 to 11.30 am", "1.30 to 3 pm"; docs/glossary/en.md). The others write 24-hour times
 * with a point or a colon ("10.00", "13:30").
 */
const twelveHourClock: ReadonlySet<Locale> = new Set(['en']);

/** Arabic-Indic and Persian digits as ASCII digits, so "١٠:٣٠" reads as "10:30". */
const asciiDigits = (text: string): string => text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));

/** Whether `text` names `time` ("HH:MM") the way texts in `lang` write it; `isEnd`: the end of a span. */
function mentionsTime(text: string, lang: Locale, time: string, isEnd: boolean): boolean {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const mm = String(minutes).padStart(2, '0');
  // Not part of a longer number: "1.30" is not found in "11.30", "10" not in "10.30".
  const start = '(?<![\\d.:])';
  const end = '(?![\\d]|[.:]\\d)';
  if (!twelveHourClock.has(lang)) return new RegExp(`${start}0?${hours}[.:]${mm}${end}`).test(text);
  const half = hours < 12 ? 'a' : 'p';
  const minutePart = minutes === 0 ? '(?:[.:]00)?' : `[.:]${mm}`;
  const token = new RegExp(`${start}${hours % 12 || 12}${minutePart}${end}(?:\\s?([ap])\\.?m\\b\\.?)?`, 'gi');
  return [...text.matchAll(token)].some(([, suffix]) => (suffix ? suffix.toLowerCase() === half : !isEnd));
}

/**
 * The times of a meet-up that its schedule text in `lang` does not name: `start`, `end`, both
 * or none. Digits may be ASCII or Arabic-Indic.
 */
export function unmentionedTimes(text: string, lang: Locale, times: { start: string; end: string }): ('start' | 'end')[] {
  const plain = asciiDigits(text);
  return (['start', 'end'] as const).filter((which) => !mentionsTime(plain, lang, times[which], which === 'end'));
}
