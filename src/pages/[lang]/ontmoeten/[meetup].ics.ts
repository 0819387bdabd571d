import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarContentType, meetupCalendar, type MeetupCalendarInput } from '../../../calendar/meetupCalendar';
import { getDataEntries } from '../../../content/data';
import { localeCodes, type Locale } from '../../../i18n/locales';

export const getStaticPaths = (async () => {
  const meetups = await getDataEntries('meetups');
  return localeCodes.flatMap((lang) => meetups.map(({ id, data }) => ({ params: { lang, meetup: id }, props: { meetup: data } })));
}) satisfies GetStaticPaths;

/** `/nl/ontmoeten/mamacafe-drunen.ics`: one meet-up for her phone's calendar, in the page's language. */
export const GET: APIRoute<Pick<MeetupCalendarInput, 'meetup'>> = ({ params, props, site }) => {
  if (!site) throw new Error('The calendar files need the site address (astro.config.mjs `site`) for their UIDs.');
  const body = meetupCalendar({ id: params.meetup!, meetup: props.meetup, lang: params.lang as Locale, site, now: new Date() });
  return new Response(body, { headers: { 'Content-Type': calendarContentType } });
};
