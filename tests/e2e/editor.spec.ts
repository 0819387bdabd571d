import { expect, test } from '@playwright/test';
import { pickCopyOfCheckout } from './editorLocalFolder';
import { expectOnlyLocalRequests, recordCspViolations, recordRequests } from './support';

// The editor for staff at /admin/ (src/admin/): served by the site itself, asking no other site.
test.use({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
// The editor is a 2 MB application: under CI's load a run through it takes longer than 30 s.
test.describe.configure({ timeout: 120_000 });

test('/admin/ is served with its own narrow policy, not indexed, and loads the editor from this site only', async ({ page }) => {
  const requests = recordRequests(page);
  const violations = recordCspViolations(page);
  const response = await page.goto('/admin/');
  const headers = await response!.headersArray();
  const policies = headers.filter(({ name }) => name.toLowerCase() === 'content-security-policy').map(({ value }) => value);
  // One policy: the site's (with its hashes and no inline styles) must not apply here as well.
  expect(policies).toHaveLength(1);
  expect(policies[0]).not.toContain('sha256-');
  expect(policies[0]).toMatch(/default-src 'none'/);
  expect(policies[0]!.match(/https:\/\/[^\s;]+/g)).toEqual(['https://api.github.com']);
  expect(response!.headers()['x-robots-tag']).toBe('noindex, nofollow');
  // The GitHub login popup must keep its opener across GitHub and back (tests/e2e/editor-auth.spec.ts).
  expect(headers.filter(({ name }) => name.toLowerCase() === 'cross-origin-opener-policy').map(({ value }) => value)).toEqual(['same-origin-allow-popups']);
  expect(await response!.text()).toContain('<meta name="robots" content="noindex, nofollow">');

  await expect(page.getByRole('button', { name: 'Werken met een lokale repository' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.some(({ url }) => url.endsWith('/admin/cms/editor.js'))).toBe(true);
  expectOnlyLocalRequests(requests);
  expect(violations).toEqual([]);
});

test('in local folder mode the editor opens the checkout’s pages and every data file, with no request leaving 127.0.0.1', async ({ page }) => {
  const requests = recordRequests(page);
  const violations = recordCspViolations(page);
  await page.goto('/admin/');
  await pickCopyOfCheckout(page);
  await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();

  // Every Dutch page (content/pages/nl/) is listed, by title.
  await page.getByRole('treeitem', { name: /Pagina’s/ }).click();
  await expect(page.getByText('Het cadeaupakket', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Privacy', { exact: true })).toBeVisible();
  await page.getByRole('treeitem', { name: /Gegevens/ }).click();
  for (const label of ['Contacten', 'Hulplijnen', 'Onderwerpen (vragenwijzer)', 'Cadeaupakket', 'Ontmoetingen', 'Dorpen']) {
    await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
  }
  // A page opens with its MDX body as raw text: heading ids and components stay as written.
  await page.getByRole('treeitem', { name: /Pagina’s/ }).click();
  await page.getByText('Het cadeaupakket', { exact: true }).click();
  await expect(page.getByRole('textbox').first()).toHaveValue('Het cadeaupakket');
  await page.waitForLoadState('networkidle');
  expectOnlyLocalRequests(requests);
  expect(violations).toEqual([]);
});

test('Tigrinya and Arabic text in the editor is drawn with the site’s own fonts, not as boxes', async ({ page }) => {
  const fonts: { url: string; status: number }[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.woff2')) fonts.push({ url: new URL(response.url()).pathname, status: response.status() });
  });
  await page.goto('/admin/');
  await pickCopyOfCheckout(page);
  await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
  await page.getByRole('treeitem', { name: /Pagina’s/ }).click();
  await page.getByText('Het cadeaupakket', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Taal wisselen' }).first().click();
  await page.getByRole('option', { name: 'Tigrinya' }).click();
  await expect(page.getByRole('textbox', { name: 'Titel' }).first()).toHaveValue(/ህያብ/);
  await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Hallo jij scripts"', 'ህያብ'))).toBe(true);
  expect(fonts).toContainEqual({ url: expect.stringMatching(/^\/admin\/cms\/assets\/noto-sans-ethiopic-ethiopic-400-normal-\w+\.woff2$/), status: 200 });
  await page.screenshot({ path: test.info().outputPath('editor-ti.png') });
});
