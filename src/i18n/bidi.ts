import { getLocaleDir } from './locales';

/**
 * Latin-script names that end in punctuation. Inside right-to-left text the bidi algorithm
 * moves that punctuation to the wrong side ("!Hallo jij"), so on right-to-left pages each one
 * is isolated as a left-to-right run.
 */
export const latinNames = ['Hallo jij!'] as const;

const leftToRightIsolate = '\u2066';
const popDirectionalIsolate = '\u2069';

/**
 * Wraps every Latin name in `text` in a left-to-right isolate (LRI … PDI). A name that is already
 * isolated stays as it is, so text that went through `t()` can safely pass through here again.
 */
export function isolateLatinNames(text: string): string {
  return latinNames.reduce((result, name) => {
    const isolated = `${leftToRightIsolate}${name}${popDirectionalIsolate}`;
    return result
      .split(isolated)
      .map((part) => part.replaceAll(name, isolated))
      .join(isolated);
  }, text);
}

/**
 * Text in `lang` made ready to be shown outside the page's markup (`<title>`, meta description):
 * Latin names isolated when the language is written right to left, the text
 * unchanged otherwise. Idempotent.
 */
export function isolateLatinNamesFor(lang: string, text: string): string {
  return getLocaleDir(lang) === 'rtl' ? isolateLatinNames(text) : text;
}

/** The parts of `text` with each Latin name split out, for markup that wraps names in `<bdi>`. */
export function splitLatinNames(text: string): { text: string; isName: boolean }[] {
  const pattern = new RegExp(`(${latinNames.map((name) => name.replace(/[.*+?^${}()|[\]\\!]/g, '\\$&')).join('|')})`);
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, isName: (latinNames as readonly string[]).includes(part) }));
}
