import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { dictionaries } from '../../src/i18n/translations';
import { keptOnPhone, phoneContext, waitUntilKept } from './serviceWorker';

// Each meet-up on /{lang}/ontmoeten/ links to its calendar file (src/calendar/meetupCalendar.ts),
// served as text/calendar from the CDN like any other built file.
const meetups = parse(readFileSync(new URL('../../content/data/meetups.yaml', import.meta.url), 'utf8')) as { id: string; title: Record<string, string> }[];

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A calendar file's lines with the folded ones joined (RFC 5545, 3.1). */
const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

for (const lang of ['nl', 'ar'] as const) {
  test(`${lang}: every meet-up has a link that adds it to her calendar, named after the meet-up`, async ({ page, request }) => {
    await page.goto(`/${lang}/ontmoeten/`);
    await expect(page.locator('article.meetup')).toHaveCount(meetups.length);
    for (const { id, title } of meetups) {
      // "Zet in je agenda: Mama-café Drunen" (Chromium puts a space before the hidden part).
      const link = page.getByRole('link', { name: new RegExp(`^${escaped(dictionaries[lang]['meetups.addToCalendar']!)} ?: ${escaped(title[lang]!)}$`) });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', `/${lang}/ontmoeten/${id}.ics`);
      const response = await request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      const body = unfolded(await response.text());
      expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(body).toContain(`\r\nSUMMARY:${title[lang]}\r\n`);
      expect(body).toContain('\r\nDTSTART;TZID=Europe/Amsterdam:');
    }
  });
}

test('following the link with the service worker in charge gives her the calendar file, and the page stays', async ({ browser }) => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto('/ar/ontmoeten/');
  await waitUntilKept(page, ['/ar/ontmoeten/']);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$="/mamacafe-drunen.ics"]').click()]);
  expect(download.suggestedFilename()).toBe('mamacafe-drunen.ics');
  const body = readFileSync((await download.path())!, 'utf8');
  expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(unfolded(body)).toContain(`SUMMARY:${meetups[0]!.title.ar}`);
  await expect(page).toHaveURL('/ar/ontmoeten/');
  // A calendar file is no page to keep: nothing of it lands in the cache.
  expect((await keptOnPhone(page)).filter((entry) => entry.url.endsWith('.ics'))).toEqual([]);
  await context.close();
});
