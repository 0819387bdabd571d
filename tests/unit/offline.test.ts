import { describe, expect, it } from 'vitest';
import { appIconDataUrl, appIconSvg } from '../../src/offline/appIcon';
import { assetPathsIn, essentialPaths, isKeepablePage, isStaticAsset, languageOfPath, withOfflineNotice } from '../../src/offline/policy';
import { localVoiceFor } from '../../src/listen/voices';

const html = (headers: Record<string, string> = {}, init: ResponseInit = {}) =>
  new Response('<p>page</p>', { status: 200, ...init, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } });
const at = (path: string) => new URL(path, 'https://hallojij.example');

describe('what the service worker keeps', () => {
  it('keeps plain pages of the site', () => {
    expect(isKeepablePage(at('/ar/vragen/'), html())).toBe(true);
    expect(isKeepablePage(at('/nl/aanmelden/'), html())).toBe(true);
  });

  it('never keeps answers to her, addresses with a query, or what may not be stored', () => {
    expect(isKeepablePage(at('/api/register'), html())).toBe(false);
    expect(isKeepablePage(at('/nl/aanmelden/bedankt/'), html())).toBe(false);
    expect(isKeepablePage(at('/en/verwijzers/bedankt/'), html())).toBe(false);
    expect(isKeepablePage(at('/nl/aanmelden/bedankt/?ref=HJ-ABCDEFGH'), html())).toBe(false);
    expect(isKeepablePage(at('/nl/?name=Sanne'), html())).toBe(false);
    expect(isKeepablePage(at('/nl/'), html({ 'Cache-Control': 'no-store' }))).toBe(false);
    expect(isKeepablePage(at('/nl/'), html({ 'Cache-Control': 'private, max-age=0' }))).toBe(false);
    expect(isKeepablePage(at('/nl/gone/'), html({}, { status: 404 }))).toBe(false);
    expect(isKeepablePage(at('/nl/data.json'), new Response('{}', { headers: { 'Content-Type': 'application/json' } }))).toBe(false);
  });

  it('never keeps the editor for staff', () => {
    expect(isKeepablePage(at('/admin/'), html())).toBe(false);
    expect(isKeepablePage(at('/admin'), html())).toBe(false);
    expect(isKeepablePage(at('/admin/index.html'), html())).toBe(false);
    expect(isKeepablePage(at('/administratie/'), html())).toBe(true);
  });

  it("keeps her language's essentials: home, contact, urgent help and the offline page", () => {
    expect(essentialPaths('ti')).toEqual(['/ti/', '/ti/contact/', '/ti/vragen/', '/ti/offline/']);
    expect(languageOfPath('/ar/vragen/')).toBe('ar');
    expect(languageOfPath('/api/register')).toBeUndefined();
    expect(languageOfPath('/')).toBeUndefined();
  });

  it('keeps fingerprinted files and the icons, found in the page', () => {
    expect(isStaticAsset(at('/_astro/fonts/abc.woff2'))).toBe(true);
    expect(isStaticAsset(at('/icons/icon-192.png'))).toBe(true);
    expect(isStaticAsset(at('/sw.js'))).toBe(false);
    expect(assetPathsIn('<link rel="preload" href="/_astro/fonts/a.woff2"><link rel="icon" href="data:image/svg+xml,x"><a href="https://x.example/_astro/y">')).toEqual([
      '/_astro/fonts/a.woff2',
    ]);
  });

  it('shows the offline notice on a kept page', () => {
    expect(withOfflineNotice('<p role="status" data-offline-notice hidden>Offline</p>')).toBe('<p role="status" data-offline-notice>Offline</p>');
  });
});

describe('the favicon', () => {
  it('is a data: address a URL may hold (no space, <, >, # or bare %) that decodes to the icon', () => {
    const url = appIconDataUrl();
    const prefix = 'data:image/svg+xml,';
    expect(url.startsWith(prefix)).toBe(true);
    expect(url.slice(prefix.length)).not.toMatch(/[\s<>#"]|%(?![0-9A-F]{2})/);
    expect(decodeURIComponent(url.slice(prefix.length))).toBe(appIconSvg().replace(/"/g, "'"));
  });
});

describe('the voice that reads a page', () => {
  const voice = (lang: string, localService = true) => ({ lang, localService, name: lang, voiceURI: lang, default: false }) as SpeechSynthesisVoice;

  it('is a voice on the device in the page language, exact or by primary language', () => {
    expect(localVoiceFor([voice('nl-BE'), voice('nl-NL')], 'nl')?.lang).toBe('nl-BE');
    expect(localVoiceFor([voice('en-GB'), voice('ar_SA')], 'ar')?.lang).toBe('ar_SA');
    expect(localVoiceFor([voice('pl-PL')], 'pl-PL')?.lang).toBe('pl-PL');
  });

  it('is never an online voice (the text would leave the phone), nor one of another language', () => {
    expect(localVoiceFor([voice('tr-TR', false)], 'tr')).toBeUndefined();
    expect(localVoiceFor([voice('am-ET')], 'ti')).toBeUndefined();
    expect(localVoiceFor([], 'nl')).toBeUndefined();
  });
});
