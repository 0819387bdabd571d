import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';

// Checks on the built site in dist/, as Cloudflare Pages would serve it.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const htmlFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));
const urlOf = (file: string) => `/${relative(dist, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
const pages = new Map(htmlFiles.map((file) => [urlOf(file), readFileSync(file, 'utf8')]));
const attributeValues = (html: string, attribute: string) =>
  [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((match) => match[1]!.replaceAll('&amp;', '&'));

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  for (const [url, html] of pages) {
    const ids = new Set(attributeValues(html, 'id'));
    for (const href of attributeValues(html, 'href')) {
      if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      const [path = '', anchor] = href.split('#');
      const targetUrl = path === '' ? url : new URL(path, `http://site${url}`).pathname;
      const target = path === '' ? html : pages.get(targetUrl) ?? (existsSync(join(dist, targetUrl)) ? '' : undefined);
      if (target === undefined) broken.push(`${url} → ${href} (no such page)`);
      else if (anchor && !(path === '' ? ids : new Set(attributeValues(target, 'id'))).has(anchor)) {
        broken.push(`${url} → ${href} (no such anchor)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('every tel: link is E.164, or a short number as dialled', () => {
  const telLinks = [...pages.values()].flatMap((html) => attributeValues(html, 'href').filter((href) => href.startsWith('tel:')));
  expect(telLinks.length).toBeGreaterThan(0);
  const wrong = telLinks.filter((href) => !/^tel:(\+[1-9]\d{7,14}|1\d{2,5})$/.test(href));
  expect([...new Set(wrong)]).toEqual([]);
});

test('the built HTML is valid', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes `<!DOCTYPE html>` and void elements its own way; both are valid HTML.
      'doctype-style': 'off',
      'void-style': 'off',
      // Heading ids are made from the heading text, in Arabic and Ethiopic script too: valid HTML5.
      'valid-id': ['error', { relaxed: true }],
      // Phone links carry class "phone" (white-space: nowrap), so they never break mid-number.
      'tel-non-breaking': ['error', { ignoreClasses: ['phone'] }],
      // A group of checkboxes shares one name (topics=a&topics=b), as radio buttons do: valid HTML.
      'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    },
  });
  const problems: string[] = [];
  for (const [url, html] of pages) {
    const report = await validator.validateString(html, url);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${url}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('no page sets a cookie or loads anything from another site', () => {
  const foreign: string[] = [];
  for (const [url, html] of pages) {
    for (const attribute of ['src', 'srcset', 'action']) {
      for (const value of attributeValues(html, attribute)) if (/^(https?:)?\/\//.test(value)) foreign.push(`${url} ${attribute}=${value}`);
    }
    for (const match of html.matchAll(/<link[^>]+href="(https?:\/\/[^"]+)"[^>]*>/g)) {
      if (!/rel="(canonical|alternate)"/.test(match[0])) foreign.push(`${url} link ${match[1]}`);
    }
    if (/document\.cookie|localStorage/.test(html)) foreign.push(`${url} touches storage`);
  }
  expect(foreign).toEqual([]);
});
