import type { Script } from '../i18n/locales';

/** A self-hosted font for one non-Latin script. Latin-script pages use the system font stack. */
export interface ScriptFont {
  readonly script: Exclude<Script, 'Latn'>;
  /** The family name the page's CSS asks for. */
  readonly family: string;
  /** The CSS variable Astro's `<Font>` defines, holding the family and its fallbacks. */
  readonly cssVariable: '--font-arabic' | '--font-ethiopic';
  /**
   * Full font files from the npm package, per weight (`@fontsource/*`, woff2). Only the regular
   * weight is shipped: headings use the browser's synthesised bold, which halves the font bytes
   * on Arabic and Tigrinya pages (measured: Lighthouse LCP on /ti/ 1.1 s with two weights).
   */
  readonly sources: Readonly<Record<400, string>>;
  /** Code point ranges of the script; only characters in these ranges are kept and served. */
  readonly ranges: readonly (readonly [number, number])[];
  /** OpenType features kept in the subset; all of the font's when absent. */
  readonly layoutFeatures?: readonly string[];
}

export const scriptFonts: readonly ScriptFont[] = [
  {
    script: 'Arab',
    family: 'Noto Sans Arabic',
    cssVariable: '--font-arabic',
    sources: {
      400: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
    },
    ranges: [
      [0x0600, 0x06ff],
      [0x0750, 0x077f],
      [0x08a0, 0x08ff],
      [0xfb50, 0xfdff],
      [0xfe70, 0xfeff],
    ],
  },
  {
    script: 'Ethi',
    family: 'Noto Sans Ethiopic',
    cssVariable: '--font-ethiopic',
    sources: {
      400: '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2',
    },
    // Everything but kerning ('kern'), which is over half of the subset: 15,472 bytes with it,
    // 7,312 without. Measured on the site's Tigrinya pages (harfbuzz): it moves 39 % of the
    // letter pairs by 0.04 em on average (0.7 px at 18 px), the text is 1.5 % wider without it.
    // Ethiopic is traditionally set letter by letter without kerning; one network round trip
    // less on a thin connection counts for more (TCP's first window is about 14 KB).
    layoutFeatures: ['calt', 'ccmp', 'mark', 'mkmk'],
    ranges: [
      [0x1200, 0x137f],
      [0x1380, 0x139f],
      [0x2d80, 0x2ddf],
      [0xab00, 0xab2f],
    ],
  },
];

/** The font for a script, or undefined for Latin. */
export function getScriptFont(script: Script): ScriptFont | undefined {
  return scriptFonts.find((font) => font.script === script);
}

/** The characters of `text` that belong to a script font's ranges, sorted and unique. */
export function charactersInScript(text: string, font: ScriptFont): number[] {
  const codePoints = new Set<number>();
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (font.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) {
      codePoints.add(codePoint);
    }
  }
  return [...codePoints].sort((a, b) => a - b);
}

/** A CSS `unicode-range` value listing exactly these code points, with runs folded. */
export function toUnicodeRange(codePoints: readonly number[]): string[] {
  const hex = (value: number) => value.toString(16).toUpperCase();
  const parts: string[] = [];
  let start = codePoints[0];
  let previous = start;
  for (const codePoint of [...codePoints.slice(1), Number.NaN]) {
    if (start === undefined || previous === undefined) break;
    if (codePoint === previous + 1) {
      previous = codePoint;
      continue;
    }
    parts.push(start === previous ? `U+${hex(start)}` : `U+${hex(start)}-${hex(previous)}`);
    start = previous = codePoint;
  }
  return parts;
}
