// Packages used at build time that ship no type declarations.
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    /** keepFeatures: OpenType feature tags to keep (all when absent). */
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; keepFeatures?: string[] | undefined },
  ): Promise<Buffer>;
}
declare module 'fontverter' {
  const fontverter: { convert(font: Uint8Array, toFormat: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer> };
  export default fontverter;
}
