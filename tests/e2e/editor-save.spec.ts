import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { meetupSchema } from '../../src/content/schemas';
import { recordedVersions } from '../../src/translationStatus/sourceVersionRecords';
import { sourceVersionsOf, splitFrontmatter } from '../../src/translationStatus/sourceVersions';
import { addMeetupInEditor, contentFiles, newMeetup, pickCopyOfCheckout, saveInEditor, savedFiles } from './editorLocalFolder';

// Saves through the real editor at /admin/ (Sveltia CMS, local folder mode on a copy of content/)
// change only what was edited: the content files are kept in the form the editor writes
// (src/content/editorFormat.ts, tests/unit/editorFormat.test.ts).
test.use({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
// The editor is a 2 MB application: under CI's load a run through it takes longer than 30 s.
test.describe.configure({ timeout: 120_000 });

const dataFileLabels = ['Contacten', 'Hulplijnen', 'Onderwerpen (vragenwijzer)', 'Cadeaupakket', 'Ontmoetingen', 'Dorpen', 'Verloskundigenpraktijken'];

async function openEditor(page: Page, files: Record<string, string>): Promise<void> {
  await page.goto('/admin/');
  await pickCopyOfCheckout(page, files);
  await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
}

/** The lines of `after` that differ from `before`, as [before, after] pairs (same line count expected). */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [[line, b[index]!] as [string, string]]));
}

test('a save in the editor changes only the edited line, in each of the seven data files', async ({ page }) => {
  const before = contentFiles();
  await openEditor(page, before);
  await page.getByRole('treeitem', { name: /Gegevens/ }).click();
  for (const label of dataFileLabels) {
    await page.getByText(label, { exact: true }).first().click();
    await page.getByRole('group').getByRole('button', { name: 'Uitvouwen', exact: true }).first().click();
    const id = page.getByRole('textbox', { name: 'Korte naam (id)' }).first();
    await id.fill(`${await id.inputValue()}-x`);
    await saveInEditor(page);
  }
  const after = await savedFiles(page);
  const changed = Object.keys(before).filter((path) => after[path] !== before[path]);
  expect(changed.sort()).toEqual(['contacts.json', 'gift-package.yaml', 'help-lines.yaml', 'meetups.yaml', 'practices.json', 'topics.json', 'villages.json'].map((file) => `content/data/${file}`));
  for (const path of changed) {
    const lines = changedLines(before[path]!, after[path]!);
    expect(lines, path).toHaveLength(1);
    expect(lines[0]![1]).toMatch(/-x"?,?$/);
  }
});

test('a page saved through the editor and changed back is byte for byte the same, in all six languages', async ({ page }) => {
  const before = contentFiles();
  const pageFiles = Object.keys(before).filter((path) => path.endsWith('/cadeaupakket.mdx'));
  expect(pageFiles).toHaveLength(6);
  await openEditor(page, before);
  await page.getByRole('treeitem', { name: /Pagina’s/ }).click();

  await page.getByText('Het cadeaupakket', { exact: true }).click();
  const title = page.getByRole('textbox', { name: 'Titel' }).first();
  await expect(title).toHaveValue('Het cadeaupakket');
  await title.fill('Het cadeaupakket voor jou');
  await saveInEditor(page);
  const edited = await savedFiles(page);
  expect(Object.keys(before).filter((path) => edited[path] !== before[path])).toEqual(['content/pages/nl/cadeaupakket.mdx']);
  expect(changedLines(before['content/pages/nl/cadeaupakket.mdx']!, edited['content/pages/nl/cadeaupakket.mdx']!)).toEqual([
    ['title: Het cadeaupakket', 'title: Het cadeaupakket voor jou'],
  ]);

  await page.getByText('Het cadeaupakket voor jou', { exact: true }).click();
  await title.fill('Het cadeaupakket');
  await saveInEditor(page);
  const restored = await savedFiles(page);
  for (const path of pageFiles) expect(restored[path], path).toBe(before[path]);
});

test('a meet-up added in the editor is written at the end of meetups.yaml and passes the build’s schema', async ({ page }) => {
  const before = contentFiles();
  await openEditor(page, before);
  await page.getByRole('treeitem', { name: /Gegevens/ }).click();
  await addMeetupInEditor(page);
  await saveInEditor(page);

  const after = await savedFiles(page);
  expect(Object.keys(before).filter((path) => after[path] !== before[path])).toEqual(['content/data/meetups.yaml']);
  const written = after['content/data/meetups.yaml']!;
  expect(written.startsWith(before['content/data/meetups.yaml']!)).toBe(true);
  const items = parse(written) as { id: string }[];
  const added = items.at(-1)!;
  expect(added.id).toBe(newMeetup.id);
  const checked = meetupSchema.safeParse(added);
  expect(checked.error?.issues ?? []).toEqual([]);
  expect(checked.data).toMatchObject({ village: newMeetup.village.id, sample: false, title: newMeetup.texts.Titel, address: newMeetup.address });
  expect(checked.data).toMatchObject({ repeat: newMeetup.repeat.value, weekday: newMeetup.weekday.value, week: newMeetup.week.value, start: newMeetup.start, end: newMeetup.end });
});

test('a translator marks a translation as matching today’s Dutch text in the editor, and the record follows', async ({ page }) => {
  // The Dutch section "wanneer" changed since the English translation was made.
  const before = contentFiles();
  const dutchPath = 'content/pages/nl/cadeaupakket.mdx';
  const englishPath = 'content/pages/en/cadeaupakket.mdx';
  const files: Record<string, string> = { ...before, [dutchPath]: before[dutchPath]!.replace('## Wanneer krijg je het? {#wanneer}\n', '## Wanneer krijg je het? {#wanneer}\n\nHet pakket komt nu eerder.\n') };
  expect(files[dutchPath]).not.toBe(before[dutchPath]);
  const current = sourceVersionsOf(splitFrontmatter(files[dutchPath]!).body);
  expect(recordedVersions(splitFrontmatter(before[englishPath]!).frontmatter).wanneer).not.toBe(current.wanneer);

  await openEditor(page, files);
  await page.getByRole('treeitem', { name: /Pagina’s/ }).click();
  await page.getByText('Het cadeaupakket', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Taal wisselen' }).first().click();
  await page.getByRole('option', { name: 'Engels' }).click();
  await expect(page.getByRole('textbox', { name: 'Titel' }).first()).toHaveValue('The gift package');
  await page.getByRole('switch', { name: 'Deze vertaling past nu bij de Nederlandse tekst' }).first().click();
  await saveInEditor(page);

  const after = await savedFiles(page);
  expect(Object.keys(files).filter((path) => after[path] !== files[path])).toEqual([englishPath]);
  const english = after[englishPath]!;
  expect(recordedVersions(splitFrontmatter(english).frontmatter)).toEqual(current);
  expect(english).not.toContain('markCurrent');
  // Only the changed section's line of the record differs.
  expect(changedLines(files[englishPath]!, english)).toEqual([[`  wanneer: ${recordedVersions(splitFrontmatter(before[englishPath]!).frontmatter).wanneer}`, `  wanneer: ${current.wanneer}`]]);
});
