import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The checkout's content files by path (`content/pages/nl/index.mdx`), as local folder mode reads them. */
export function contentFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(root, file).replace(/\\/g, '/'), readFileSync(file, 'utf8')]),
  );
}

/**
 * Stands in for the folder picker of "Werken met een lokale repository": the browser's private
 * file system, filled with a copy of content/ and an empty .git folder (the editor checks for it).
 */
export async function pickCopyOfCheckout(page: Page, files: Record<string, string> = contentFiles()): Promise<void> {
  await page.evaluate(async (files) => {
    const rootDir = await navigator.storage.getDirectory();
    await rootDir.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = rootDir;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => rootDir;
  }, files);
}

/** The files under content/ in the browser's copy after the editor saved, by path. */
export async function savedFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const files: Record<string, string> = {};
    async function walk(dir: FileSystemDirectoryHandle, prefix: string): Promise<void> {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (name.endsWith('.crswap')) continue; // a write in progress
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else files[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    }
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('content'), 'content/');
    return files;
  });
}

/** Clicks Opslaan and waits until the editor has saved and closed the entry. */
export async function saveInEditor(page: Page): Promise<void> {
  const saveButton = page.getByRole('button', { name: 'Opslaan' });
  await saveButton.first().click();
  await expect(saveButton).toHaveCount(0);
}

/**
 * Fills a field of the editor, scrolling its form down until the field is drawn (the editor draws
 * fields only when they come into view).
 */
export async function fillWhenShown(page: Page, field: Locator, text: string): Promise<void> {
  await page.mouse.move(300, 500);
  for (let tries = 0; tries < 20 && (await field.count()) === 0; tries += 1) await page.mouse.wheel(0, 250);
  await field.fill(text);
}

/** Picks `option` in a picker of the editor (a reference to another data file), scrolling to it first. */
export async function pickWhenShown(page: Page, picker: Locator, option: string): Promise<void> {
  await page.mouse.move(300, 500);
  for (let tries = 0; tries < 20 && (await picker.count()) === 0; tries += 1) await page.mouse.wheel(0, 250);
  await picker.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Ticks a choice (a radio button) of the editor, scrolling to it first. */
export async function checkWhenShown(page: Page, choice: Locator): Promise<void> {
  await page.mouse.move(300, 500);
  for (let tries = 0; tries < 20 && (await choice.count()) === 0; tries += 1) await page.mouse.wheel(0, 250);
  await choice.check();
}

/** The meet-up the tests and the staff guide add in the editor. */
export const newMeetup = {
  id: 'mamacafe-nieuwkuijk',
  texts: {
    Titel: { nl: 'Mama-café Nieuwkuijk', en: 'Mum café Nieuwkuijk', pl: 'Mama-café Nieuwkuijk', tr: 'Mama-café Nieuwkuijk', ar: 'مقهى الأمهات في Nieuwkuijk', ti: 'ካፌ ኣዴታት ኣብ Nieuwkuijk' },
    Omschrijving: { nl: 'Koffie, thee en andere moeders. Je baby mag mee.', en: 'Coffee, tea and other mums. Your baby can come along.', pl: 'Kawa, herbata i inne mamy. Możesz przyjść z dzieckiem.', tr: 'Kahve, çay ve diğer anneler. Bebeğini getirebilirsin.', ar: 'قهوة وشاي وأمهات أخريات. يمكنكِ إحضار طفلكِ.', ti: 'ቡን፣ ሻሂን ካልኦት ኣዴታትን። ምስ ህጻንኪ ክትመጺ ትኽእሊ።' },
    Wanneer: { nl: 'elke tweede dinsdag van de maand, 10.00 tot 11.30 uur', en: 'every second Tuesday of the month, 10 to 11.30 am', pl: 'w każdy drugi wtorek miesiąca, 10:00–11:30', tr: 'her ayın ikinci salısı, saat 10.00 ile 11.30 arası', ar: 'ثاني يوم ثلاثاء من كل شهر، من الساعة 10:00 حتى 11:30', ti: 'ኣብ ነፍሲ ወከፍ ወርሒ ካልኣይ ሰሉስ፣ ሰዓት 10:00 ክሳብ 11:30' },
  } as Record<string, Record<string, string>>,
  // When, for her calendar: the times the texts under "Wanneer" name.
  repeat: { label: 'Eén keer per maand', value: 'monthly' },
  weekday: { label: 'Dinsdag', value: 'tuesday' },
  week: { label: 'De tweede', value: 'second' },
  start: '10:00',
  end: '11:30',
  village: { label: 'Nieuwkuijk', id: 'nieuwkuijk' },
  place: 'Dorpshuis Nieuwkuijk',
  address: { street: 'Kerkstraat 1', postcode: '5253 AA', town: 'Nieuwkuijk' },
};

/**
 * Adds `newMeetup` in the editor, from the list of data files to just before saving;
 * `afterStep` runs after the titles, the times and the address (the guide takes its pictures there).
 */
export async function addMeetupInEditor(page: Page, afterStep: (step: 'titles' | 'times' | 'address') => Promise<void> = async () => {}): Promise<void> {
  await page.getByText('Ontmoetingen', { exact: true }).first().click();
  await page.getByRole('button', { name: /Ontmoetingen.? toevoegen/ }).click();
  const field = (label: string) => page.getByRole('group', { name: `Veld “⁨${label}⁩”` }).last();
  await field('Korte naam (id)').getByRole('textbox').fill(newMeetup.id);
  for (const [label, byLanguage] of Object.entries(newMeetup.texts)) {
    for (const { code, name } of locales) await fillWhenShown(page, field(label).getByRole('textbox', { name: `${name} (${code})` }), byLanguage[code]!);
    if (label === 'Titel') await afterStep('titles');
  }
  await checkWhenShown(page, field('Hoe vaak').getByRole('radio', { name: newMeetup.repeat.label }));
  await pickWhenShown(page, field('Dag').getByRole('combobox'), newMeetup.weekday.label);
  await pickWhenShown(page, field('Welke in de maand').getByRole('combobox'), newMeetup.week.label);
  await fillWhenShown(page, field('Begintijd').getByRole('textbox'), newMeetup.start);
  await fillWhenShown(page, field('Eindtijd').getByRole('textbox'), newMeetup.end);
  await afterStep('times');
  await pickWhenShown(page, field('Dorp').getByRole('combobox'), newMeetup.village.label);
  await fillWhenShown(page, field('Plek').getByRole('textbox'), newMeetup.place);
  await fillWhenShown(page, field('Straat en huisnummer').getByRole('textbox'), newMeetup.address.street);
  await fillWhenShown(page, field('Postcode').getByRole('textbox'), newMeetup.address.postcode);
  await fillWhenShown(page, field('Plaats').getByRole('textbox'), newMeetup.address.town);
  await afterStep('address');
}
