import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { latinNames } from '../../src/i18n/bidi';
import { getLocaleDir, localeCodes } from '../../src/i18n/locales';

// What a page says about itself outside its body (tab title, search result, link preview, the
// installed app's name) is shown without the page's markup around it. In a right-to-left
// language "Hallo jij!" must arrive there isolated (LRI … PDI), or it reads "!Hallo jij".
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const isolates = /[\u2066\u2069]/;
type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const elementsOf = (node: Node): Element[] => {
  const children = 'childNodes' in node ? node.childNodes : [];
  const own = 'tagName' in node ? [node as Element] : [];
  return [...own, ...children.flatMap(elementsOf), ...('content' in node ? elementsOf(node.content as Node) : [])];
};
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** The `<html lang>` and every text of the page's head: title, description, Open Graph and Twitter titles and descriptions. */
function headTexts(html: string): { lang: string; texts: [string, string][] } {
  const elements = elementsOf(parse(html));
  const lang = attribute(elements.find((element) => element.tagName === 'html')!, 'lang') ?? '';
  const texts: [string, string][] = [];
  for (const element of elements) {
    if (element.tagName === 'title') {
      texts.push(['<title>', element.childNodes.map((child) => ('value' in child ? child.value : '')).join('')]);
    }
    const key = element.tagName === 'meta' ? (attribute(element, 'name') ?? attribute(element, 'property')) : undefined;
    if (key && /^(description|(og|twitter):(title|description|site_name))$/.test(key)) texts.push([key, attribute(element, 'content') ?? '']);
  }
  return { lang, texts };
}

/** What is wrong with one text for a page in `lang`: a bare or doubly isolated name on rtl, any isolate on ltr. */
function problemsOf(lang: string, where: string, text: string): string[] {
  if (getLocaleDir(lang) === 'ltr') return isolates.test(text) ? [`${where}: isolate characters in ${lang}: ${JSON.stringify(text)}`] : [];
  let rest = text;
  for (const name of latinNames) rest = rest.replaceAll(`\u2066${name}\u2069`, '');
  const bare = latinNames.filter((name) => rest.includes(name));
  return [
    ...bare.map((name) => `${where}: "${name}" not isolated: ${JSON.stringify(text)}`),
    ...(isolates.test(rest) ? [`${where}: stray or doubled isolate: ${JSON.stringify(text)}`] : []),
  ];
}

const htmlFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

test('head metadata isolates Latin names on right-to-left pages, and only there', () => {
  const problems: string[] = [];
  let isolatedNamesSeen = 0;
  for (const file of htmlFiles) {
    const { lang, texts } = headTexts(readFileSync(file, 'utf8'));
    for (const [key, text] of texts) {
      problems.push(...problemsOf(lang, `${file.slice(dist.length)} ${key}`, text));
      if (getLocaleDir(lang) === 'rtl' && text.includes('\u2066Hallo jij!\u2069')) isolatedNamesSeen += 1;
    }
  }
  expect(problems).toEqual([]);
  // Not a vacuous pass: the Arabic pages do carry the name in their head.
  expect(isolatedNamesSeen).toBeGreaterThan(10);
});

test('each language’s app manifest isolates Latin names on right-to-left languages, and only there', () => {
  const problems: string[] = [];
  for (const lang of localeCodes) {
    const manifest = JSON.parse(readFileSync(join(dist, lang, 'manifest.webmanifest'), 'utf8')) as Record<string, string>;
    for (const key of ['name', 'short_name', 'description']) problems.push(...problemsOf(lang, `${lang} manifest ${key}`, manifest[key] ?? ''));
  }
  expect(problems).toEqual([]);
  const arabic = JSON.parse(readFileSync(join(dist, 'ar', 'manifest.webmanifest'), 'utf8')) as Record<string, string>;
  expect(arabic.name).toBe('\u2066Hallo jij!\u2069');
});

test('the browser gets the isolated name in the Arabic title and description, the Dutch ones plain', async ({ page }) => {
  await page.goto('/ar/contact/');
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('\u2066Hallo jij!\u2069');
  expect(await page.title()).toContain('\u2066Hallo jij!\u2069');
  await page.goto('/nl/contact/');
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('Hallo jij!');
  expect(await page.title()).not.toMatch(isolates);
  expect(await page.locator('meta[name="description"]').getAttribute('content')).not.toMatch(isolates);
});
