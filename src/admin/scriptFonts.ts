/**
 * Arabic and Ethiopic letters in the editor on a computer without such fonts: the editor's own
 * interface font is Latin only, so without these a Tigrinya title shows as boxes. The fonts form
 * one family, each for its script's characters only (unicode-range), placed right after the
 * interface font; the browser fetches a font from /admin/cms/assets/ only when its script is on
 * screen.
 */
import arabicFont from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2';
import ethiopicFont from '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2';

const scriptFamily = 'Hallo jij scripts';

const scripts = [
  { file: arabicFont, unicodeRange: 'U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF' },
  { file: ethiopicFont, unicodeRange: 'U+1200-139F, U+2D80-2DDF, U+AB00-AB2F, U+1E7E0-1E7FF' },
];

/** The @font-face rules, with font addresses resolved against the editor's script. */
export function scriptFontFaces(base: string): string {
  return scripts
    .map(({ file, unicodeRange }) => `@font-face{font-family:"${scriptFamily}";font-style:normal;font-weight:100 900;font-display:swap;src:url(${new URL(file, base).pathname}) format("woff2");unicode-range:${unicodeRange}}`)
    .concat(`:root:root{--sui-font-family-default:"Source Sans 3","${scriptFamily}",system-ui,sans-serif}`)
    .join('\n');
}

/** Adds the rules to the editor page (its policy allows inline styles, as the editor needs them). */
export function addScriptFonts(): void {
  const style = document.createElement('style');
  style.textContent = scriptFontFaces(import.meta.url);
  document.head.append(style);
}
