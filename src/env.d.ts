declare module 'virtual:language-name-drawings' {
  const drawings: Record<string, import('./fonts/languageNameDrawing').LanguageNameDrawing>;
  export default drawings;
}

/** A font file bundled for the editor at /admin/ (esbuild's file loader gives its address). */
declare module '*.woff2' {
  const address: string;
  export default address;
}
