import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { meetupCalendar, meetupCalendarPath } from '../../src/calendar/meetupCalendar';
import { firstOccurrence, recurrenceRule } from '../../src/calendar/recurrence';
import { meetupSchema } from '../../src/content/schemas';
import type { Locale } from '../../src/i18n/locales';

// The calendar files are read back with ical.js, a parser that shares no code with
// ical-generator, which writes them: what a phone's calendar would make of them.
const meetups = Object.fromEntries(
  (parse(readFileSync(new URL('../../content/data/meetups.yaml', import.meta.url), 'utf8')) as { id: string }[]).map((item) => [item.id, meetupSchema.parse(item)]),
);
const site = new URL('https://hallojij.heusden.nl/');

/** The calendar file of a meet-up of content/data/meetups.yaml, made on `now`. */
const calendarOf = (id: string, lang: Locale, now: Date, meetup = meetups[id]!) => meetupCalendar({ id, meetup, lang, site, now });

/** The file read by ical.js, with its own VTIMEZONE as the only definition of its zone. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (vtimezone) ICAL.TimezoneService.register(vtimezone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return { calendar, vtimezone, event };
}

/** The first `count` occurrences: local start and end as written on the clock, and start in UTC. */
function occurrences(event: ICAL.Event, count: number) {
  const iterator = event.iterator();
  const found = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) {
    const { startDate, endDate } = event.getOccurrenceDetails(next);
    found.push({
      day: startDate.toString().slice(0, 10),
      weekday: startDate.dayOfWeek(), // 1 = Sunday … 7 = Saturday
      start: startDate.toString().slice(11, 16),
      end: endDate.toString().slice(11, 16),
      zone: startDate.zone?.tzid,
      utcStart: startDate.convertToZone(ICAL.Timezone.utcTimezone).toString().slice(0, 16),
    });
  }
  return found;
}

afterEach(() => {
  ICAL.TimezoneService.reset();
  delete process.env.TZ;
});

describe('a meet-up as a calendar file', () => {
  it('carries the Europe/Amsterdam time zone with its rules, and the event is in it', () => {
    const { vtimezone, event } = read(calendarOf('mamacafe-drunen', 'nl', new Date('2027-03-01T12:00:00Z')));
    expect(vtimezone?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    expect(vtimezone?.getAllSubcomponents().map((rule) => rule.name).sort()).toEqual(['daylight', 'standard']);
    expect(event.startDate.zone?.tzid).toBe('Europe/Amsterdam');
  });

  it('stays at 10:00 to 11:30 Amsterdam time when the clocks go forward (28 March 2027) and back (31 October 2027)', () => {
    const { event } = read(calendarOf('mamacafe-drunen', 'nl', new Date('2027-03-01T12:00:00Z')));
    const months = occurrences(event, 9);
    expect(months.map(({ day }) => day)).toEqual(['2027-03-03', '2027-04-07', '2027-05-05', '2027-06-02', '2027-07-07', '2027-08-04', '2027-09-01', '2027-10-06', '2027-11-03']);
    for (const month of months) expect(month, month.day).toMatchObject({ start: '10:00', end: '11:30', zone: 'Europe/Amsterdam' });
    // Winter time is UTC+1, summer time UTC+2: the same 10:00 is an hour earlier in UTC.
    const utc = Object.fromEntries(months.map(({ day, utcStart }) => [day, utcStart.slice(11)]));
    expect([utc['2027-03-03'], utc['2027-04-07'], utc['2027-10-06'], utc['2027-11-03']]).toEqual(['09:00', '08:00', '08:00', '09:00']);
  });

  it('repeats on the days the meet-up is: first Wednesdays, third Thursdays, every Tuesday, the last Friday', () => {
    const now = new Date('2027-01-15T08:00:00Z');
    const firstWednesdays = occurrences(read(calendarOf('mamacafe-drunen', 'nl', now)).event, 12);
    expect(firstWednesdays.every(({ weekday, day }) => weekday === ICAL.Time.WEDNESDAY && Number(day.slice(8)) <= 7)).toBe(true);
    const thirdThursdays = occurrences(read(calendarOf('mamacafe-vlijmen', 'nl', now)).event, 12);
    expect(thirdThursdays.every(({ weekday, day }) => weekday === ICAL.Time.THURSDAY && Number(day.slice(8)) >= 15 && Number(day.slice(8)) <= 21)).toBe(true);
    expect(thirdThursdays[0]).toMatchObject({ day: '2027-01-21', start: '13:30', end: '15:00' });
    const tuesdays = occurrences(read(calendarOf('wandelen-heusden', 'nl', now)).event, 10).map(({ day }) => Date.parse(day));
    expect(tuesdays.slice(1).map((day, index) => (day - tuesdays[index]!) / 86_400_000)).toEqual(Array(9).fill(7));
    const lastFridays = occurrences(read(calendarOf('x', 'nl', now, { ...meetups['mamacafe-drunen']!, weekday: 'friday', week: 'last' })).event, 12);
    expect(lastFridays.map(({ day }) => day).slice(0, 3)).toEqual(['2027-01-29', '2027-02-26', '2027-03-26']);
    expect(lastFridays.every(({ weekday }) => weekday === ICAL.Time.FRIDAY)).toBe(true);
  });

  it('writes the repeat as an RRULE', () => {
    const rule = (id: string) => read(calendarOf(id, 'nl', new Date('2027-01-15T08:00:00Z'))).event.component.getFirstPropertyValue('rrule')!.toString();
    expect(rule('mamacafe-drunen')).toBe('FREQ=MONTHLY;BYDAY=1WE');
    expect(rule('mamacafe-vlijmen')).toBe('FREQ=MONTHLY;BYDAY=3TH');
    expect(rule('wandelen-heusden')).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(recurrenceRule({ repeat: 'monthly', weekday: 'friday', week: 'last' })).toBe('FREQ=MONTHLY;BYDAY=-1FR');
  });

  it('starts on the first meet-up on or after the day it is made, which the RRULE gives too', () => {
    for (const now of ['2026-12-01T23:30:00Z', '2026-12-02T09:00:00Z', '2026-12-03T00:00:00Z', '2027-12-31T12:00:00Z', '2027-02-28T12:00:00Z']) {
      for (const id of Object.keys(meetups)) {
        const { event } = read(calendarOf(id, 'nl', new Date(now)));
        // The day in Amsterdam: 23:30 UTC on 1 December is already 2 December there.
        const today = new Date(now).toLocaleDateString('sv', { timeZone: 'Europe/Amsterdam' });
        const start = event.startDate.toString().slice(0, 10);
        expect(start >= today, `${id} made on ${now}`).toBe(true);
        // The rule, expanded by ical.js from 40 days before, has no meet-up between today and the start.
        const earlier = event.startDate.clone();
        earlier.adjust(-40, 0, 0, 0);
        const expansion = event.component.getFirstPropertyValue('rrule') as ICAL.Recur;
        const days = [];
        const iterator = expansion.iterator(earlier);
        for (let next = iterator.next(); next && days.length < 10; next = iterator.next()) days.push(next.toString().slice(0, 10));
        expect(days.find((day) => day >= today), `${id} made on ${now}`).toBe(start);
      }
    }
    expect(firstOccurrence({ repeat: 'monthly', weekday: 'wednesday', week: 'first' }, { year: 2026, month: 12, day: 2 })).toEqual({ year: 2026, month: 12, day: 2 });
    expect(firstOccurrence({ repeat: 'monthly', weekday: 'wednesday', week: 'first' }, { year: 2026, month: 12, day: 3 })).toEqual({ year: 2027, month: 1, day: 6 });
  });

  it('comes out the same in whatever time zone the build machine is', () => {
    const made = (zone: string) => {
      process.env.TZ = zone;
      return calendarOf('mamacafe-vlijmen', 'ar', new Date('2027-03-01T12:00:00Z'));
    };
    const utc = made('UTC');
    for (const zone of ['Europe/Amsterdam', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Kolkata']) expect(made(zone), zone).toBe(utc);
    expect(utc).toContain('DTSTART;TZID=Europe/Amsterdam:20270318T133000');
  });

  it('is the same file when made twice on one day, so a rebuild keeps the service worker’s version', () => {
    expect(calendarOf('mamacafe-drunen', 'nl', new Date('2027-03-01T06:00:00Z'))).toBe(calendarOf('mamacafe-drunen', 'nl', new Date('2027-03-01T21:00:00Z')));
    expect(calendarOf('mamacafe-drunen', 'nl', new Date('2027-03-01T06:00:00Z'))).toContain('\r\nDTSTAMP:20270301T000000Z\r\n');
  });

  it('speaks the page’s language: title, description and the calendar’s name; the address as it is written', () => {
    const now = new Date('2027-03-01T12:00:00Z');
    const dutch = read(calendarOf('mamacafe-drunen', 'nl', now));
    const arabic = read(calendarOf('mamacafe-drunen', 'ar', now));
    expect(dutch.event.summary).toBe('Mama-café Drunen');
    expect(arabic.event.summary).toBe('مقهى الأمهات في Drunen');
    expect(dutch.event.description).toContain(meetups['mamacafe-drunen']!.description.nl);
    expect(dutch.event.description).toContain(`Wanneer: ${meetups['mamacafe-drunen']!.schedule.nl}`);
    expect(arabic.event.description).toContain(meetups['mamacafe-drunen']!.description.ar);
    expect(arabic.event.description).toContain(`متى: ${meetups['mamacafe-drunen']!.schedule.ar}`);
    for (const { event } of [dutch, arabic]) expect(event.location).toBe('Bibliotheek Drunen, Raadhuisplein 15, 5151 JH Drunen');
    expect(dutch.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Hallo jij!');
    // Outside the page's markup a Latin name with "!" is isolated in right-to-left text.
    expect(arabic.calendar.getFirstPropertyValue('x-wr-calname')).toBe('\u2066Hallo jij!\u2069');
    expect(arabic.event.component.getFirstPropertyValue('url')).toBe('https://hallojij.heusden.nl/ar/ontmoeten/');
  });

  it('is published with a UID per meet-up and language that stays the same, so adding it again updates it', () => {
    const uid = (id: string, lang: Locale, now: string) => read(calendarOf(id, lang, new Date(now))).event.uid;
    expect(uid('mamacafe-drunen', 'nl', '2027-01-01T00:00:00Z')).toBe(uid('mamacafe-drunen', 'nl', '2027-08-01T00:00:00Z'));
    expect(new Set([uid('mamacafe-drunen', 'nl', '2027-01-01T00:00:00Z'), uid('mamacafe-drunen', 'ar', '2027-01-01T00:00:00Z'), uid('mamacafe-vlijmen', 'nl', '2027-01-01T00:00:00Z')]).size).toBe(3);
    const { calendar, event } = read(calendarOf('mamacafe-drunen', 'nl', new Date('2027-01-01T00:00:00Z')));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    // DTSTAMP in UTC, as RFC 5545 asks.
    const stamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
  });

  it('lives next to the meet-ups page in each language', () => {
    expect(meetupCalendarPath('nl', 'mamacafe-drunen')).toBe('/nl/ontmoeten/mamacafe-drunen.ics');
    expect(meetupCalendarPath('ar', 'wandelen-heusden')).toBe('/ar/ontmoeten/wandelen-heusden.ics');
  });
});
