// Counts what each built page costs a phone on a new connection: the HTML (with its inline CSS
// and scripts), external CSS and scripts, and the fonts it preloads, raw and brotli-compressed
// (quality 11, as a CDN sends them), and the number of requests. Reads dist/, no server needed.
import { createHash } from 'node:crypto';
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

/**
 * Pages for mothers that carry no script of their own (issue 22): "Hoe gaat het met je?" and its
 * result (checked as built and, in bench/run.mjs, as the Worker sends it) may have only scripts
 * that the home, sign-up or questions page of their language already has (offline, listen, form
 * enhancement, quick exit), compared by content.
 */
export const pagesWithoutOwnScript = ['hoe-gaat-het', 'hoe-gaat-het/uitkomst'];
export const pagesWithAllowedScripts = ['home', 'aanmelden', 'vragen'];

/** The slug of a page path: `/ar/aanmelden/` → `aanmelden`, `/` → `/`. */
export const slugOf = (path) => (path === '/' ? '/' : path.split('/').filter(Boolean).slice(1).join('/') || 'home');

/**
 * What a page's scripts are, one id each: `src:<url>` for an external script, `inline:<sha256>`
 * (first 12 hex digits) for an inline one. The same script on two pages has the same id.
 */
export const scriptIdsOf = (text) => [
  ...new Set(
    [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, body]) => {
      const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
      return src ? `src:${src}` : `inline:${createHash('sha256').update(body).digest('hex').slice(0, 12)}`;
    }),
  ),
];

/**
 * Byte counts for one page's HTML as a phone receives it, `path` being where it was found (a file
 * in dist/, or the request the Worker answered, with its language and slug given): its CSS,
 * script and fonts are read from `dist`.
 */
export function measureHtml(html, dist, { path, lang = path.split('/')[1] || 'nl', slug = slugOf(path) }) {
  const text = html.toString('utf8');
  const asset = (url) => (existsSync(join(dist, url)) ? readFileSync(join(dist, url)) : Buffer.alloc(0));
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => asset(m[1]));
  const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => asset(m[1]));
  const icons = [...text.matchAll(/<link[^>]+rel="icon"[^>]+href="(?!data:)([^"]+)"/g)].length;
  const fonts = [...new Set([...text.matchAll(/<link[^>]+rel="preload"[^>]+href="([^"]+\.woff2)"/g)].map((m) => m[1]))].map(asset);
  const inlineScript = [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const scriptBytes = Buffer.concat([Buffer.from(inlineScript), ...js]);
  return {
    path,
    lang,
    slug,
    htmlRaw: html.length,
    htmlBrotli: brotli(html),
    cssBrotli: css.reduce((sum, file) => sum + brotli(file), 0),
    jsBrotli: js.reduce((sum, file) => sum + brotli(file), 0),
    scriptRaw: scriptBytes.length,
    scriptBrotli: scriptBytes.length ? brotli(scriptBytes) : 0,
    scripts: scriptIdsOf(text),
    fontBytes: fonts.reduce((sum, file) => sum + file.length, 0),
    // A favicon file would be requested too (not render-blocking): Lighthouse's network records count it.
    requests: 1 + css.length + js.length + fonts.length + icons,
  };
}

/** Byte counts for every HTML page in a dist folder. */
export function measurePages(dist) {
  const pages = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html') || entry.name === '404.html') continue;
    const file = join(entry.parentPath, entry.name);
    const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    // The editor for staff (/admin/, src/admin/) is no page for visitors: its size is reported at build.
    if (path.startsWith('/admin/')) continue;
    pages.push(measureHtml(readFileSync(file), dist, { path }));
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Every byte budget a page breaks, as readable lines (empty when all hold). `scriptsFrom`: the
 * pages whose scripts a page without its own may carry (default: `pages` themselves).
 */
export function brokenByteBudgets(pages, { latinLocales = ['nl', 'en', 'pl', 'tr'], scriptsFrom = pages } = {}) {
  const broken = [];
  for (const page of pages) {
    const total = page.htmlBrotli + page.cssBrotli + page.jsBrotli;
    if (total > budgets.pageBrotli) broken.push(`${page.path}: HTML+CSS+JS ${total} B brotli > ${budgets.pageBrotli}`);
    if (!(page.slug in pagesWithScript) && page.scriptBrotli > budgets.siteScriptBrotli) {
      broken.push(`${page.path}: ${page.scriptBrotli} B brotli of script > ${budgets.siteScriptBrotli} (offline and listen only)`);
    }
    if (pagesWithoutOwnScript.includes(page.slug)) {
      const allowed = new Set(scriptsFrom.filter((other) => other.lang === page.lang && pagesWithAllowedScripts.includes(other.slug)).flatMap((other) => other.scripts));
      const own = page.scripts.filter((id) => !allowed.has(id));
      if (own.length) broken.push(`${page.path}: script not on the ${page.lang} home, sign-up or questions page (${own.join(', ')})`);
    }
    if (['aanmelden', 'verwijzers'].includes(page.slug) && page.scriptBrotli > budgets.formScriptBrotli) {
      broken.push(`${page.path}: ${page.scriptBrotli} B brotli of script > ${budgets.formScriptBrotli}`);
    }
    if (page.path !== '/' && latinLocales.includes(page.lang) && page.fontBytes > 0) broken.push(`${page.path}: a Latin-script page loads ${page.fontBytes} B of font`);
    if (page.fontBytes > budgets.scriptFontBytes) broken.push(`${page.path}: ${page.fontBytes} B of font > ${budgets.scriptFontBytes}`);
  }
  return broken;
}
