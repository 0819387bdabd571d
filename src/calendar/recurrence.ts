/**
 * When a meet-up comes back, as calendar dates: the repeat rule a calendar understands (RRULE,
 * RFC 5545) and the first day it happens on or after a given day. Pure date arithmetic on
 * calendar days, no time zone: the times of day belong to ./meetupCalendar.ts.
 */
import type { z } from 'astro/zod';
import type { meetupSchema } from '../content/schemas';

/** A day on the calendar, as written on a wall calendar (month 1 to 12). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** What a repeat needs of a meet-up (src/content/schemas.ts): how often, the day, the week of the month. */
export type Repeat = Pick<z.infer<typeof meetupSchema>, 'repeat' | 'weekday' | 'week'>;

/** RFC 5545's two-letter day codes, Monday first as in `weekdays`. */
const dayCodes = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' } as const;

/** The day numbers of JavaScript's `getUTCDay()`: Sunday 0 … Saturday 6. */
const dayNumbers = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 } as const;

/** The position of a week in BYDAY: 1 for the first Wednesday, -1 for the last. */
const weekPositions = { first: 1, second: 2, third: 3, fourth: 4, last: -1 } as const;

/** A monthly meet-up's week, or an error that says what is missing (the schema refuses it too). */
function weekOf(repeat: Repeat): keyof typeof weekPositions {
  if (!repeat.week) throw new Error('A monthly meet-up needs its week (first … last): see meetupSchema in src/content/schemas.ts.');
  return repeat.week;
}

/** The repeat as an RRULE value: `FREQ=WEEKLY;BYDAY=TU`, `FREQ=MONTHLY;BYDAY=1WE`, `FREQ=MONTHLY;BYDAY=-1FR`. */
export function recurrenceRule(repeat: Repeat): string {
  const day = dayCodes[repeat.weekday];
  return repeat.repeat === 'weekly' ? `FREQ=WEEKLY;BYDAY=${day}` : `FREQ=MONTHLY;BYDAY=${weekPositions[weekOf(repeat)]}${day}`;
}

const asDate = ({ year, month, day }: CalendarDay) => new Date(Date.UTC(year, month - 1, day));
const asDay = (date: Date): CalendarDay => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** The meet-up's day in the month of `year` and `month` (the first Wednesday, the last Friday…). */
function dayInMonth(repeat: Repeat, year: number, month: number): Date {
  const position = weekPositions[weekOf(repeat)];
  const wanted = dayNumbers[repeat.weekday];
  if (position > 0) {
    const first = asDate({ year, month, day: 1 });
    return daysAfter(first, (wanted - first.getUTCDay() + 7) % 7 + (position - 1) * 7);
  }
  const last = new Date(Date.UTC(year, month, 0));
  return daysAfter(last, -((last.getUTCDay() - wanted + 7) % 7));
}

/** The first day on or after `from` that the meet-up happens: the DTSTART day of its calendar entry. */
export function firstOccurrence(repeat: Repeat, from: CalendarDay): CalendarDay {
  const start = asDate(from);
  if (repeat.repeat === 'weekly') return asDay(daysAfter(start, (dayNumbers[repeat.weekday] - start.getUTCDay() + 7) % 7));
  const thisMonth = dayInMonth(repeat, from.year, from.month);
  if (thisMonth >= start) return asDay(thisMonth);
  return asDay(dayInMonth(repeat, from.month === 12 ? from.year + 1 : from.year, from.month === 12 ? 1 : from.month + 1));
}
