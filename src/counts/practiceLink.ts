import { isActivePractice } from '../content/practices';
import { defaultLocale, isLocale, type Locale } from '../i18n/locales';
import { monthOf, type Tally } from './tally';

/** The path of a practice's own link in a language: `/api/via/verloskundigen-drunen/pl`. */
export const practiceLinkPath = (practice: string, lang: Locale): string => `/api/via/${encodeURIComponent(practice)}/${lang}`;

/** Whether a request path is a practice's link (the Worker counts it, then sends her on). */
export const isPracticeLinkPath = (pathname: string): boolean => pathname.startsWith('/api/via/');

/**
 * Where a practice's link lands and what it counts: her language's home page, and a scan of that
 * practice in that language this month. An unknown or retired practice counts as `unknown` and an
 * unknown language lands in Dutch: a link is never an error for her.
 */
export function practiceLinkLanding(pathname: string, now: Date): { location: string; tally: Tally } {
  const [, practice = '', lang = ''] = /^\/api\/via\/([^/]*)\/?([^/]*)/.exec(pathname) ?? [];
  const language: Locale = isLocale(lang) ? lang : defaultLocale;
  const route = isActivePractice(decodeURIComponent(practice)) ? decodeURIComponent(practice) : 'unknown';
  return { location: `/${language}/`, tally: { month: monthOf(now), form: 'scan', lang: language, village: '-', route } };
}
