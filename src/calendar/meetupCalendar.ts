/**
 * A meet-up as a calendar file (iCalendar, RFC 5545) that she adds to her phone's calendar with
 * one tap: made with ical-generator, the time zone's rules (VTIMEZONE) from
 * @touch4it/ical-timezones. Built at build time by src/pages/[lang]/ontmoeten/[meetup].ics.ts;
 * MeetupList links to it.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { z } from 'astro/zod';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { meetupSchema } from '../content/schemas';
import { isolateLatinNamesFor } from '../i18n/bidi';
import type { Locale } from '../i18n/locales';
import { localizedPath } from '../i18n/paths';
import { useTranslations } from '../i18n/useTranslations';
import { firstOccurrence, recurrenceRule, type CalendarDay } from './recurrence';

/** The time zone of every meet-up's `start` and `end`. */
export const meetupTimeZone = 'Europe/Amsterdam';

/** What a calendar file is served as (the CDN is told the same in public/_headers). */
export const calendarContentType = 'text/calendar; charset=utf-8';

/** The page that lists the meet-ups; their calendar files live next to it. */
const meetupsPage = 'ontmoeten';

/** The address of a meet-up's calendar file in a language: `/nl/ontmoeten/mamacafe-drunen.ics`. */
export function meetupCalendarPath(lang: Locale, id: string): string {
  return `${localizedPath(lang, meetupsPage)}${id}.ics`;
}

/** The day on the calendar in `timeZone` at `instant`. */
export function dayIn(timeZone: string, instant: Date): CalendarDay {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * A time on the clock ("10:00") on a day, in the form ical-generator reads for an event with a
 * time zone: it writes a Date's local fields (`getHours()`…) after `TZID=`. Set through the local
 * fields, they come out the same in whatever zone the build runs; an hour that the build
 * machine's zone skips (02:30 on the night clocks go forward) would shift, so it is refused.
 */
function wallClock(day: CalendarDay, time: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const date = new Date(day.year, day.month - 1, day.day, hours, minutes);
  if (date.getHours() !== hours || date.getMinutes() !== minutes) {
    throw new Error(`${time} on ${day.year}-${day.month}-${day.day} does not exist in this machine's time zone; build with TZ=UTC.`);
  }
  return date;
}

/**
 * The start of the day (UTC) of `instant`: when the file was made, to the day. Two builds on one
 * day give the same file, so a rebuild without changes keeps the service worker's version (a
 * fingerprint of every built file, src/offline/offlineIntegration.ts).
 */
const startOfDay = (instant: Date) => new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));

/** One meet-up in one language, for its calendar file. */
export interface MeetupCalendarInput {
  /** The meet-up's id in content/data/meetups.yaml: part of the event's UID. */
  id: string;
  meetup: z.infer<typeof meetupSchema>;
  lang: Locale;
  /** The site's public address (astro.config.mjs `site`): the UID's domain and the event's link. */
  site: URL;
  /** When the file is made: the event starts on the first meet-up on or after this day (in Amsterdam). */
  now: Date;
}

/**
 * The calendar file of one meet-up in one language: one repeating event in Amsterdam time with
 * the zone's rules, title, description and address in her language, a link to the page, and a
 * UID that stays the same for this meet-up and language, so adding it again updates the event
 * instead of adding a second one.
 */
export function meetupCalendar({ id, meetup, lang, site, now }: MeetupCalendarInput): string {
  const t = useTranslations(lang);
  // Text outside the page's markup: Latin names isolated in right-to-left text ("Hallo jij!").
  const text = (value: string) => isolateLatinNamesFor(lang, value);
  const day = firstOccurrence(meetup, dayIn(meetupTimeZone, now));
  const { place, address } = meetup;
  const calendar = ical({
    name: t('site.name'),
    prodId: { company: 'Hallo jij!', product: 'ontmoetingen', language: lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // The zone's VTIMEZONE is written for the event's TZID. Without a calendar-wide zone name:
    // with one, ical-generator writes DTSTAMP in that zone without "Z", where RFC 5545 asks UTC.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  calendar.createEvent({
    id: `${meetupsPage}-${id}-${lang}@${site.hostname}`,
    stamp: startOfDay(now),
    start: wallClock(day, meetup.start),
    end: wallClock(day, meetup.end),
    timezone: meetupTimeZone,
    repeating: recurrenceRule(meetup),
    summary: text(meetup.title[lang]),
    description: `${text(meetup.description[lang])}\n\n${t('meetups.when')}: ${text(meetup.schedule[lang])}`,
    location: `${place}, ${address.street}, ${address.postcode} ${address.town}`,
    url: new URL(localizedPath(lang, meetupsPage), site).href,
  });
  return calendar.toString();
}
