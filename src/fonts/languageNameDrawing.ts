/** A language's own name drawn as an SVG outline at build time (see prepareScriptFonts). */
export interface LanguageNameDrawing {
  /** The text that was drawn, for the accessible name. */
  readonly text: string;
  readonly direction: 'ltr' | 'rtl';
  /** Advance width, in font units. */
  readonly width: number;
  /** Distance above the baseline, in font units (positive). */
  readonly ascender: number;
  /** Distance below the baseline, in font units (negative). */
  readonly descender: number;
  readonly unitsPerEm: number;
  /** SVG path data, baseline at y = 0, y pointing down. */
  readonly path: string;
}
