import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

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
