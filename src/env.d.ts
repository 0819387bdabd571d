declare module 'virtual:language-name-drawings' {
  const drawings: Record<string, import('./fonts/languageNameDrawing').LanguageNameDrawing>;
  export default drawings;
}
