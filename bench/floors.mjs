// The floor of each script: what a page of the home page's length could cost at the least on
// this machine, in this run. A hand-written page with the same text as the home page in that
// language, one inline <style>, no script, no icon; the Arabic and Tigrinya floors load the very
// subset font the site serves (preloaded, as the site does), the Latin floor none. Lighthouse
// measures the floors like the pages, so LCP ÷ floor says how close a page is to what is possible,
// whatever the machine is doing.
// The floors get a Content-Security-Policy of their own, built like the site's but with their
// styles' hashes (a `_headers` rule, removed with them): under the site's policy their inline
// style would be blocked and they would be measured unstyled and without their font. They carry
// the page's icon link too, so that neither side asks for an icon the other does not.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { buildContentSecurityPolicy, cspHash } from '../src/security/contentSecurityPolicy.ts';

/** Where the floors are written inside dist/ while the bench runs (removed afterwards). */
export const floorFolder = '__bench-floor';

/** The script of each measured language, and the language whose home page gives the floor its text. */
export const floorScripts = { Latn: 'nl', Arab: 'ar', Ethi: 'ti' };

const blockTags = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'li', 'dt', 'dd', 'figcaption', 'summary', 'td', 'th', 'a', 'button', 'label']);
const skippedTags = new Set(['script', 'style', 'svg', 'template', 'noscript', 'head']);

/** The visible text of a built page as blocks in document order: the first heading, then the rest. */
export function textBlocks(html) {
  const blocks = [];
  const walk = (node, inBlock) => {
    if (skippedTags.has(node.nodeName) || node.attrs?.some((attr) => attr.name === 'hidden' || (attr.name === 'class' && /visually-hidden/.test(attr.value)))) return;
    if (node.nodeName === '#text') {
      const text = node.value.replace(/\s+/g, ' ');
      if (text.trim() && inBlock) blocks.at(-1).text += text;
      return;
    }
    const startsBlock = blockTags.has(node.nodeName) && !inBlock;
    if (startsBlock) blocks.push({ tag: node.nodeName === 'h1' ? 'h1' : 'p', text: '' });
    for (const child of node.childNodes ?? []) walk(child, inBlock || startsBlock);
  };
  walk(parse(html), false);
  return blocks.map((block) => ({ ...block, text: block.text.trim() })).filter((block) => block.text !== '');
}

/**
 * Writes `dist/__bench-floor/<script>/index.html` for each script and returns their paths with
 * the number of characters of text each holds (the same as its home page).
 */
export async function writeFloorPages(dist) {
  const floors = [];
  const styleHashes = [];
  for (const [script, lang] of Object.entries(floorScripts)) {
    const home = readFileSync(join(dist, lang, 'index.html'), 'utf8');
    const dir = /<html[^>]*\bdir="(rtl|ltr)"/.exec(home)?.[1] ?? 'ltr';
    const fontFace = /@font-face\{[^}]*\}/.exec(home)?.[0] ?? '';
    const family = /font-family:"([^"]+)"/.exec(fontFace)?.[1];
    const preload = /<link rel="preload"[^>]*as="font"[^>]*>/.exec(home)?.[0] ?? '';
    const icon = /<link rel="icon"[^>]*>/.exec(home)?.[0] ?? '';
    const blocks = textBlocks(home);
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const fonts = family ? `"${family}",` : '';
    const style = `${fontFace}body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 ${fonts}system-ui,sans-serif;color:#1d1a17;background:#fffaf3}h1{font-size:2rem;line-height:1.2}`;
    styleHashes.push(await cspHash(style));
    const html = `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(blocks.find((block) => block.tag === 'h1')?.text ?? lang)}</title>${icon}${preload}<style>${style}</style></head><body>${blocks.map((block) => `<${block.tag}>${escape(block.text)}</${block.tag}>`).join('')}</body></html>`;
    mkdirSync(join(dist, floorFolder, script), { recursive: true });
    writeFileSync(join(dist, floorFolder, script, 'index.html'), html);
    floors.push({ script, lang, path: `/${floorFolder}/${script}/`, characters: blocks.reduce((sum, block) => sum + block.text.length, 0) });
  }
  const headersFile = join(dist, '_headers');
  const policy = buildContentSecurityPolicy({ scripts: [], styles: styleHashes });
  writeFileSync(headersFile, `${withoutFloorRule(readFileSync(headersFile, 'utf8'))}${floorRuleStart}\n/${floorFolder}/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${policy}\n`);
  return floors;
}

const floorRuleStart = '# bench floors (bench/floors.mjs), removed after the run';
const withoutFloorRule = (headers) => headers.split(floorRuleStart)[0];

/** Removes the floors and their headers rule from dist/. */
export function removeFloorPages(dist) {
  rmSync(join(dist, floorFolder), { recursive: true, force: true });
  const headersFile = join(dist, '_headers');
  if (existsSync(headersFile)) writeFileSync(headersFile, withoutFloorRule(readFileSync(headersFile, 'utf8')));
}
