import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { keptOnPhone, phoneContext, waitUntilKept } from './serviceWorker';

// A new deploy, played by rewriting dist/sw.js. `wrangler dev` reloads when a file in dist/
// changes, which drops what waits in its local queues, so this runs in its own project after all
// other tests (playwright.config.ts).

test('a new deploy replaces the pages kept from the old one', async ({ browser }) => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto('/en/bijeen/');
  await waitUntilKept(page, ['/en/bijeen/', '/en/contact/']);
  const [oldCache] = (await keptOnPhone(page)).map((entry) => entry.cache);
  // What an old deploy left on her phone.
  await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    await cache.put('/en/bijeen/', new Response('<h1>Old page</h1>', { headers: { 'Content-Type': 'text/html' } }));
  }, oldCache!);

  const workerFile = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));
  const deployed = readFileSync(workerFile, 'utf8');
  const version = oldCache!.replace('hallojij-', '');
  expect(deployed).toContain(`"${version}"`);
  try {
    writeFileSync(workerFile, deployed.replaceAll(`"${version}"`, `"${version}next"`));
    // `wrangler dev` notices the changed file and reloads: ask for the update until it is there.
    await expect
      .poll(
        async () => {
          await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
          return [...new Set((await keptOnPhone(page)).map((entry) => entry.cache))];
        },
        { timeout: 30_000 },
      )
      .toEqual([`hallojij-${version}next`]);
  } finally {
    writeFileSync(workerFile, deployed);
  }
  const kept = await keptOnPhone(page);
  const bijeen = kept.find((entry) => entry.url === '/en/bijeen/');
  expect(bijeen?.body).toContain('<h1>Bijeen');
  expect(kept.map((entry) => entry.url)).toContain('/en/contact/');
  await context.close();
});

