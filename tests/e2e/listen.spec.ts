import { expect, test, type Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n/translations';

interface StubVoice {
  lang: string;
  localService: boolean;
}

/**
 * Replaces the device's speech engine (headless Chromium has no voices) with one that has the
 * given voices and records what it is asked to say; `__finishUtterance()` ends the current one.
 */
async function stubSpeech(page: Page, voices: StubVoice[]): Promise<void> {
  await page.addInitScript((voices) => {
    const log: { text: string; lang: string; voiceLang: string }[] = [];
    const calls: string[] = [];
    let current: { onend: (() => void) | null } | undefined;
    class Utterance {
      text: string;
      lang = '';
      voice: { lang: string } | null = null;
      onend: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = new EventTarget() as EventTarget & Record<string, unknown>;
    Object.assign(synth, {
      getVoices: () => voices.map((voice, index) => ({ ...voice, name: `Voice ${index}`, voiceURI: `voice-${index}`, default: index === 0 })),
      speak: (utterance: Utterance) => {
        log.push({ text: utterance.text, lang: utterance.lang, voiceLang: utterance.voice?.lang ?? '' });
        current = utterance;
      },
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
      cancel: () => {
        calls.push('cancel');
        current = undefined;
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.assign(window, {
      __spoken: log,
      __speechCalls: calls,
      __finishUtterance: () => current?.onend?.(),
    });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; voiceLang: string }[] }).__spoken);
const speechCalls = (page: Page) => page.evaluate(() => (window as unknown as { __speechCalls: string[] }).__speechCalls);

test('the listen button shows only in languages the device has a voice of its own for', async ({ page }) => {
  await stubSpeech(page, [
    { lang: 'nl-NL', localService: true },
    { lang: 'ar-SA', localService: true },
    // An online voice would send the text to a server: it does not count.
    { lang: 'tr-TR', localService: false },
  ]);
  for (const [lang, shown] of [['nl', true], ['ar', true], ['tr', false], ['ti', false], ['en', false]] as const) {
    await page.goto(`/${lang}/cadeaupakket/`);
    const button = page.getByRole('button', { name: dictionaries[lang]['listen.start']! });
    if (shown) await expect(button, lang).toBeVisible();
    else await expect(button, lang).toBeHidden();
  }
});

test('without speech synthesis voices or without JavaScript there is no listen button', async ({ browser, page }) => {
  await page.goto('/nl/cadeaupakket/');
  await expect(page.getByRole('button', { name: dictionaries.nl['listen.start']! })).toBeHidden();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto('/ar/');
  await expect(noScript.locator('[data-listen]')).toBeHidden();
  await context.close();
});

test('listen reads the page block by block in its language, with pause, continue and stop', async ({ page }) => {
  await stubSpeech(page, [{ lang: 'ar-EG', localService: true }]);
  const d = dictionaries.ar;
  await page.goto('/ar/cadeaupakket/');
  await page.getByRole('button', { name: d['listen.start']! , exact: true }).click();

  const title = await page.locator('h1').innerText();
  await expect.poll(() => spoken(page)).toEqual([{ text: title, lang: 'ar', voiceLang: 'ar-EG' }]);
  await expect(page.locator('h1')).toHaveClass(/is-being-read/);
  // The button she pressed is replaced by "pause", which takes the focus.
  await expect(page.getByRole('button', { name: d['listen.pause']! , exact: true })).toBeFocused();

  await page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());
  const second = await spoken(page).then((log) => log[1]);
  // The next block is the first paragraph: the player's own buttons and the link to the
  // side-by-side view are not read.
  expect(second?.text).toBe((await page.locator('[data-listen-text] > p:not([data-listen-skip])').first().innerText()).trim());

  await page.getByRole('button', { name: d['listen.pause']! , exact: true }).click();
  await expect(page.getByRole('button', { name: d['listen.resume']! , exact: true })).toBeFocused();
  await page.getByRole('button', { name: d['listen.resume']! , exact: true }).click();
  await page.getByRole('button', { name: d['listen.stop']! , exact: true }).click();
  expect(await speechCalls(page)).toEqual(['cancel', 'pause', 'resume', 'cancel']);
  await expect(page.getByRole('button', { name: d['listen.start']! , exact: true })).toBeVisible();
  await expect(page.locator('.is-being-read')).toHaveCount(0);
});

test('listen reads only what she can see: a closed topic is read by its title', async ({ page }) => {
  await stubSpeech(page, [{ lang: 'nl-NL', localService: true }]);
  await page.goto('/nl/vragen/');
  await page.getByRole('button', { name: dictionaries.nl['listen.start']! }).click();
  for (let i = 0; i < 40; i++) await page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());
  const texts = (await spoken(page)).map((entry) => entry.text);
  const firstTopic = page.locator('details summary').first();
  expect(texts).toContain((await firstTopic.innerText()).trim());
  const hiddenAdvice = (await page.locator('details:not([open]) .topic__body p').first().textContent())!.trim();
  expect(texts).not.toContain(hiddenAdvice);
  expect(texts.join(' ')).not.toContain(dictionaries.nl['quickExit.label']!);
});
