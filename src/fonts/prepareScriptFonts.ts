/**
 * Build-time font preparation, run from `astro.config.mjs` before Astro starts:
 * 1. subsets each script font (Arabic, Ethiopic) to the characters the site's texts use, so an
 *    Arabic or Tigrinya page downloads a few KB instead of the 50-200 KB the packages ship;
 * 2. draws the non-Latin language names (العربية, ትግርኛ) as SVG outlines, so the language
 *    chooser and switcher show them correctly on pages that load no font and on devices that have
 *    no such font.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { AstroUserConfig } from 'astro';
import { fontProviders } from 'astro/config';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { locales } from '../i18n/locales';
import { charactersInScript, getScriptFont, scriptFonts, toUnicodeRange } from './scriptFonts';
import type { LanguageNameDrawing } from './languageNameDrawing';

const require = createRequire(import.meta.url);

/** Files and folders holding every text the site shows, the language names included. */
const textSources = ['src/i18n/locales.ts', 'src/i18n/translations', 'content'];

async function readTextsUnder(root: string, source: string): Promise<string> {
  const directory = join(root, source);
  if (!existsSync(directory)) return '';
  if (!(await stat(directory)).isDirectory()) return readFile(directory, 'utf8');
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && /\.(json|ya?ml|mdx?|ts)$/.test(entry.name));
  const texts = await Promise.all(files.map((file) => readFile(join(file.parentPath, file.name), 'utf8')));
  return texts.join('\n');
}

/** Draws `text` with a font as SVG path data, in font units, baseline at y = 0, y pointing down. */
function drawText(fontData: Uint8Array, text: string, direction: 'ltr' | 'rtl'): LanguageNameDrawing {
  const face = new hb.Face(new hb.Blob(fontData));
  const font = new hb.Font(face);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const extents = font.hExtents();
  let penX = 0;
  const commands: string[] = [];
  // Glyphs come back in visual order (left to right) for both directions.
  for (const glyph of buffer.getGlyphInfosAndPositions()) {
    const offsetX = penX + (glyph.xOffset ?? 0);
    const offsetY = glyph.yOffset ?? 0;
    for (const { type, values } of font.glyphToJson(glyph.codepoint)) {
      const points = values.map((value, index) =>
        Math.round(index % 2 === 0 ? value + offsetX : -(value + offsetY)),
      );
      commands.push(type + points.join(' '));
    }
    penX += glyph.xAdvance ?? 0;
  }
  return {
    text,
    direction,
    width: Math.round(penX),
    ascender: Math.round(extents.ascender),
    descender: Math.round(extents.descender),
    unitsPerEm: face.upem,
    path: commands.join(''),
  };
}

/** What `prepareScriptFonts` hands to the Astro config. */
export interface PreparedScriptFonts {
  /** Entries for Astro's `fonts` option, local provider, subset files. */
  fonts: NonNullable<AstroUserConfig['fonts']>;
  /** A Vite plugin serving `virtual:language-name-drawings`. */
  vitePlugin: { name: string; resolveId(id: string): string | undefined; load(id: string): string | undefined };
}

/**
 * Subsets the script fonts to the site's texts (cached by content hash in
 * `node_modules/.cache/hallojij-fonts`) and draws the non-Latin language names.
 */
export async function prepareScriptFonts(root: string): Promise<PreparedScriptFonts> {
  const cacheDir = join(root, 'node_modules/.cache/hallojij-fonts');
  await mkdir(cacheDir, { recursive: true });
  const siteText = (await Promise.all(textSources.map((source) => readTextsUnder(root, source)))).join('\n');

  const fonts = [];
  for (const scriptFont of scriptFonts) {
    const codePoints = charactersInScript(siteText, scriptFont);
    const text = String.fromCodePoint(...codePoints);
    const hash = createHash('sha256').update(JSON.stringify([text, scriptFont.layoutFeatures])).digest('hex').slice(0, 10);
    const variants = [];
    for (const [weight, source] of Object.entries(scriptFont.sources)) {
      const slug = scriptFont.family.toLowerCase().replaceAll(' ', '-');
      const target = join(cacheDir, `${slug}-${weight}-${hash}.woff2`);
      if (!existsSync(target)) {
        const full = await readFile(require.resolve(source));
        await writeFile(target, await subsetFont(full, text, { targetFormat: 'woff2', keepFeatures: scriptFont.layoutFeatures && [...scriptFont.layoutFeatures] }));
      }
      variants.push({ src: [`./${relative(root, target)}`] as [string], weight: Number(weight), style: 'normal' as const });
    }
    fonts.push({
      provider: fontProviders.local(),
      name: scriptFont.family,
      cssVariable: scriptFont.cssVariable,
      // The CSS puts the system stack after the family (global.css), so Latin text in an
      // Arabic or Tigrinya page uses the same font as everywhere else.
      fallbacks: [],
      optimizedFallbacks: false,
      display: 'swap' as const,
      unicodeRange: toUnicodeRange(codePoints) as [string, ...string[]],
      options: { variants },
    });
  }

  const drawings: Record<string, LanguageNameDrawing> = {};
  for (const locale of locales) {
    const scriptFont = getScriptFont(locale.script);
    if (!scriptFont) continue;
    const sfnt = await fontverter.convert(await readFile(require.resolve(scriptFont.sources[400])), 'sfnt');
    drawings[locale.code] = drawText(new Uint8Array(sfnt), locale.name, locale.script === 'Arab' ? 'rtl' : 'ltr');
  }

  const virtualId = 'virtual:language-name-drawings';
  return {
    fonts: fonts as unknown as PreparedScriptFonts['fonts'],
    vitePlugin: {
      name: 'hallojij-language-name-drawings',
      resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
      load: (id) => (id === `\0${virtualId}` ? `export default ${JSON.stringify(drawings)};` : undefined),
    },
  };
}
