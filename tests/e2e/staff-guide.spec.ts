import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { addMeetupInEditor, contentFiles, newMeetup, pickCopyOfCheckout, saveInEditor, savedFiles } from './editorLocalFolder';

// The staff guide (docs/redactie.md), step by step in the real editor: change the team's phone
// number and clear its sample mark, add a meet-up, mark a translation as current, then rebuild
// the site from what the editor saved and see both on the pages. With GUIDE_SCREENSHOTS=1 the
// screenshots are written to docs/redactie/ (the ones the guide shows):
// GUIDE_SCREENSHOTS=1 npx playwright test --project staff-guide --no-deps
test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false, locale: 'nl-NL' });

const root = fileURLToPath(new URL('../../', import.meta.url));

async function shoot(page: Page, name: string): Promise<void> {
  const path = process.env.GUIDE_SCREENSHOTS ? join(root, 'docs/redactie', `${name}.png`) : test.info().outputPath(`${name}.png`);
  await page.screenshot({ path });
}

/** Builds the site in a copy of the checkout with the editor's files in content/; returns dist/. */
function buildWith(files: Record<string, string>): string {
  const copy = mkdtempSync(join(tmpdir(), 'hallojij-guide-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const path of tracked) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    cpSync(join(root, path), join(copy, path));
  }
  for (const [path, text] of Object.entries(files)) writeFileSync(join(copy, path), text);
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'pipe' });
  return join(copy, 'dist');
}

test('a staff member changes the phone number, adds a meet-up and marks a translation current, then sees it on the rebuilt site', async ({ page }) => {
  test.setTimeout(240_000);
  const before = contentFiles();
  await page.goto('/admin/');
  await pickCopyOfCheckout(page, before);
  await shoot(page, '01-start');
  await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();

  // 1. The team's phone number, and the mark "sample value" cleared.
  await page.getByRole('treeitem', { name: /Gegevens/ }).click();
  await shoot(page, '02-gegevens');
  await page.getByText('Contacten', { exact: true }).first().click();
  await page.getByRole('group').filter({ hasText: 'Team Hallo jij!' }).getByRole('button', { name: 'Uitvouwen', exact: true }).first().click();
  await page.getByRole('textbox', { name: 'Telefoonnummer' }).first().fill('0416-654321');
  await page.getByRole('switch', { name: 'Voorbeeldwaarde (nog niet bevestigd)' }).first().click();
  await expect(page.getByRole('switch', { name: 'Voorbeeldwaarde (nog niet bevestigd)' }).first()).not.toBeChecked();
  await shoot(page, '03-telefoonnummer');
  await page.getByRole('textbox', { name: 'Telefoonnummer' }).first().fill('0416 abc');
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  await expect(page.getByText(/bevat(ten)? (een )?fout/).first()).toBeVisible();
  await expect(page.getByText(/Schrijf het nummer zoals je het in Nederland belt/)).toBeVisible();
  await shoot(page, '04-fout-telefoonnummer');
  await page.getByRole('textbox', { name: 'Telefoonnummer' }).first().fill('0416-654321');
  await saveInEditor(page);

  // 2. A new meet-up at the end of the list.
  const meetupShots = { titles: '05-ontmoeting-toevoegen', times: '06-ontmoeting-tijden', address: '06-ontmoeting-adres' };
  await addMeetupInEditor(page, (step) => shoot(page, meetupShots[step]));
  await saveInEditor(page);

  // 3. A translator marks the English gift-package page as matching today's Dutch text.
  await page.getByRole('treeitem', { name: /Pagina’s/ }).click();
  await page.getByText('Het cadeaupakket', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Taal wisselen' }).first().click();
  await page.getByRole('option', { name: 'Engels' }).click();
  await page.getByRole('radio', { name: 'Nagekeken door een moedertaalspreker' }).first().check();
  const markCurrent = page.getByRole('switch', { name: 'Deze vertaling past nu bij de Nederlandse tekst' }).first();
  await markCurrent.scrollIntoViewIfNeeded();
  await markCurrent.click();
  await expect(markCurrent).toBeChecked();
  await expect(page.getByText('Item opgeslagen.')).toHaveCount(0);
  await shoot(page, '07-vertaling-nagekeken');
  await saveInEditor(page);

  const saved = await savedFiles(page);
  expect(Object.keys(before).filter((path) => saved[path] !== before[path]).sort()).toEqual([
    'content/data/contacts.json',
    'content/data/meetups.yaml',
    'content/pages/en/cadeaupakket.mdx',
  ]);
  expect(saved['content/pages/en/cadeaupakket.mdx']).toContain('translationStatus: reviewed');

  // 4. The site built from what the editor saved shows the new number and the new meet-up.
  const dist = buildWith(saved);
  try {
    const contact = readFileSync(join(dist, 'nl/contact/index.html'), 'utf8');
    expect(contact).toContain('href="tel:+31416654321"');
    expect(contact).not.toContain('tel:+31416123456');
    const meetups = readFileSync(join(dist, 'nl/ontmoeten/index.html'), 'utf8');
    expect(meetups).toContain(newMeetup.texts.Titel!.nl);
    expect(readFileSync(join(dist, 'ti/ontmoeten/index.html'), 'utf8')).toContain(newMeetup.texts.Titel!.ti);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(pathToFileURL(join(dist, 'nl/contact/index.html')).href);
    await expect(page.getByRole('link', { name: /0416.654321/ }).first()).toBeVisible();
    await shoot(page, '08-contactpagina');
    await page.goto(pathToFileURL(join(dist, 'nl/ontmoeten/index.html')).href);
    await page.getByText(newMeetup.texts.Titel!.nl!).first().scrollIntoViewIfNeeded();
    await shoot(page, '09-ontmoetingen');
  } finally {
    rmSync(dirname(dist), { recursive: true, force: true });
  }
});
