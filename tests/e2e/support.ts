import { expect, type Page } from '@playwright/test';

/** Records every request a page makes, so a test can assert none leaves this machine. */
export function recordRequests(page: Page): { url: string; type: string }[] {
  const requests: { url: string; type: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
  return requests;
}

/** Fails when any request went to another host than the test server. */
export function expectOnlyLocalRequests(requests: { url: string }[]): void {
  const foreign = requests.filter(({ url }) => !/^((blob:)?https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|about:)/.test(url));
  expect(foreign, 'requests that left 127.0.0.1').toEqual([]);
}

/** Collects Content-Security-Policy violations reported on the console. */
export function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Whether the page scrolls sideways at its current viewport width. */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The fonts Chromium really drew an element's text with (not what CSS asked for). */
export async function renderedFonts(
  page: Page,
  selector: string,
): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}
