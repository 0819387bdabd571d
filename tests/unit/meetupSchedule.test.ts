import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unmentionedTimes } from '../../src/content/scheduleTimes';
import { meetupSchema } from '../../src/content/schemas';

// A meet-up's times are written twice: as words in each language (`schedule`) and as `start` and
// `end`, which her calendar gets. The schema refuses a meet-up whose two disagree.
const items = parse(readFileSync(new URL('../../content/data/meetups.yaml', import.meta.url), 'utf8')) as ({ id: string } & Record<string, unknown>)[];
const drunen = items.find((item) => item.id === 'mamacafe-drunen')!;
const withSchedule = (lang: string, text: string) => ({ ...drunen, schedule: { ...(drunen.schedule as object), [lang]: text } });
const problems = (item: unknown) => meetupSchema.safeParse(item).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('the times of a meet-up', () => {
  it.each(items.map((item) => [item.id, item]))('%s: every language names its start and end time', (_id, item) => {
    expect(problems(item)).toEqual([]);
  });

  it('refuses a text that names another time than start or end, naming the language', () => {
    expect(problems(withSchedule('nl', 'elke eerste woensdag van de maand, 9.30 tot 11.30 uur'))).toEqual([expect.stringMatching(/^schedule\.nl: .*start time 10:00/)]);
    expect(problems(withSchedule('ar', 'أول يوم أربعاء من كل شهر، من الساعة 10:00 حتى 12:00'))).toEqual([expect.stringMatching(/^schedule\.ar: .*end time 11:30/)]);
    expect(problems({ ...drunen, end: '12:00' })).toHaveLength(6);
  });

  it('reads each language’s way of writing a time', () => {
    const times = { start: '13:30', end: '15:00' };
    expect(unmentionedTimes('elke derde donderdag van de maand, 13.30 tot 15.00 uur', 'nl', times)).toEqual([]);
    expect(unmentionedTimes('w każdy trzeci czwartek miesiąca, 13:30–15:00', 'pl', times)).toEqual([]);
    expect(unmentionedTimes('every third Thursday of the month, 1.30 to 3 pm', 'en', times)).toEqual([]);
    expect(unmentionedTimes('every third Thursday, 1:30 p.m. to 3 p.m.', 'en', times)).toEqual([]);
    // The end on the 12-hour clock needs its "pm"; a wrong half of the day is not the time.
    expect(unmentionedTimes('every third Thursday of the month, 1.30 to 3', 'en', times)).toEqual(['end']);
    expect(unmentionedTimes('every third Thursday of the month, 1.30 to 3 am', 'en', times)).toEqual(['end']);
    expect(unmentionedTimes('every Tuesday, 10 to 11 am', 'en', { start: '10:00', end: '11:00' })).toEqual([]);
    // Arabic-Indic digits count as well.
    expect(unmentionedTimes('من الساعة ١٣:٣٠ حتى ١٥:٠٠', 'ar', times)).toEqual([]);
    // Part of a longer number is not the time: 1.30 is not in 11.30, 10 not in 10.30.
    expect(unmentionedTimes('11.30 tot 15.00 uur', 'nl', { start: '01:30', end: '15:00' })).toEqual(['start']);
    expect(unmentionedTimes('10.30 to 11 am', 'en', { start: '10:00', end: '11:00' })).toEqual(['start']);
  });

  it('asks a monthly meet-up for its week, a weekly one for none, and an end after the start', () => {
    const { week: _week, ...withoutWeek } = drunen;
    expect(problems(withoutWeek)).toEqual([expect.stringMatching(/^week: A monthly meet-up needs its week/)]);
    expect(problems({ ...drunen, repeat: 'weekly' })).toEqual([expect.stringMatching(/^week: A weekly meet-up has no week/)]);
    expect(problems({ ...drunen, start: '11:30', end: '10:00' })).toContainEqual(expect.stringMatching(/^end: The end \(10:00\) must be after the start \(11:30\)/));
    expect(problems({ ...drunen, start: '10.00' })).toContainEqual(expect.stringMatching(/^start: A time on the 24-hour clock/));
  });
});
