// Counts what each built page costs a phone on a new connection: the HTML (with its inline CSS
// and scripts), external CSS and scripts, and the fonts it preloads, raw and brotli-compressed
// (quality 11, as a CDN sends them), and the number of requests. Reads dist/, no server needed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Budgets from issue 6: the HTML, CSS and script of a page fit in the first round trip. */
export const budgets = {
  pageBrotli: 14 * 1024,
  formScriptBrotli: 4 * 1024,
  // What every page may carry: registering the offline service worker, and on pages for
  // mothers the listen button (issue 7). More script only on the pages listed below.
  siteScriptBrotli: 1024,
  scriptFontBytes: 60 * 1024,
};

/** Pages with more script than the site-wide part, because it is what they do, with the reason. */
export const pagesWithScript = {
  '/': 'highlights the browser language on the chooser',
  vragen: 'quick exit replaces the history entry',
  aanmelden: 'form enhancement',
  verwijzers: 'form enhancement and copy link',
  'aanmelden/bedankt': 'shows the reference from the address',
  'verwijzers/bedankt': 'shows the reference from the address',
  folder: 'print button',
};

/** The slug of a page path: `/ar/aanmelden/` → `aanmelden`, `/` → `/`. */
export const slugOf = (path) => (path === '/' ? '/' : path.split('/').filter(Boolean).slice(1).join('/') || 'home');

/** Byte counts for every HTML page in a dist folder. */
export function measurePages(dist) {
  const pages = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html') || entry.name === '404.html') continue;
    const file = join(entry.parentPath, entry.name);
    const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    // The editor for staff (/admin/, src/admin/) is no page for visitors: its size is reported at build.
    if (path.startsWith('/admin/')) continue;
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const asset = (url) => (existsSync(join(dist, url)) ? readFileSync(join(dist, url)) : Buffer.alloc(0));
    const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => asset(m[1]));
    const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => asset(m[1]));
    const icons = [...text.matchAll(/<link[^>]+rel="icon"[^>]+href="(?!data:)([^"]+)"/g)].length;
    const fonts = [...new Set([...text.matchAll(/<link[^>]+rel="preload"[^>]+href="([^"]+\.woff2)"/g)].map((m) => m[1]))].map(asset);
    const inlineScript = [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
    const scriptBytes = Buffer.concat([Buffer.from(inlineScript), ...js]);
    pages.push({
      path,
      lang: path.split('/')[1] || 'nl',
      slug: slugOf(path),
      htmlRaw: html.length,
      htmlBrotli: brotli(html),
      cssBrotli: css.reduce((sum, file) => sum + brotli(file), 0),
      jsBrotli: js.reduce((sum, file) => sum + brotli(file), 0),
      scriptRaw: scriptBytes.length,
      scriptBrotli: scriptBytes.length ? brotli(scriptBytes) : 0,
      fontBytes: fonts.reduce((sum, file) => sum + file.length, 0),
      // A favicon file would be requested too (not render-blocking): Lighthouse's network records count it.
      requests: 1 + css.length + js.length + fonts.length + icons,
    });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Every byte budget a page breaks, as readable lines (empty when all hold). */
export function brokenByteBudgets(pages, latinLocales = ['nl', 'en', 'pl', 'tr']) {
  const broken = [];
  for (const page of pages) {
    const total = page.htmlBrotli + page.cssBrotli + page.jsBrotli;
    if (total > budgets.pageBrotli) broken.push(`${page.path}: HTML+CSS+JS ${total} B brotli > ${budgets.pageBrotli}`);
    if (!(page.slug in pagesWithScript) && page.scriptBrotli > budgets.siteScriptBrotli) {
      broken.push(`${page.path}: ${page.scriptBrotli} B brotli of script > ${budgets.siteScriptBrotli} (offline and listen only)`);
    }
    if (['aanmelden', 'verwijzers'].includes(page.slug) && page.scriptBrotli > budgets.formScriptBrotli) {
      broken.push(`${page.path}: ${page.scriptBrotli} B brotli of script > ${budgets.formScriptBrotli}`);
    }
    if (page.path !== '/' && latinLocales.includes(page.lang) && page.fontBytes > 0) broken.push(`${page.path}: a Latin-script page loads ${page.fontBytes} B of font`);
    if (page.fontBytes > budgets.scriptFontBytes) broken.push(`${page.path}: ${page.fontBytes} B of font > ${budgets.scriptFontBytes}`);
  }
  return broken;
}
