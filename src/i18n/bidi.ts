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

const rightToLeftCharacter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const i18nextOptions = new Set(['count', 'context', 'defaultValue', 'lng', 'lngs', 'ns', 'replace', 'returnObjects', 'ordinal']);

/**
 * The interpolation values of a right-to-left string with every value that has no right-to-left
 * letter (a phone number, an e-mail address, a reference, a link) isolated as a left-to-right run:
 * otherwise "0416-123456" shows as "123456-0416" in an Arabic sentence.
 */
export function isolateLeftToRightValues<T extends Record<string, unknown>>(options: T): T {
  return Object.fromEntries(
    Object.entries(options).map(([key, value]) =>
      typeof value === 'string' && !i18nextOptions.has(key) && value !== '' && !rightToLeftCharacter.test(value) && !value.startsWith(leftToRightIsolate)
        ? [key, `${leftToRightIsolate}${value}${popDirectionalIsolate}`]
        : [key, value],
    ),
  ) as T;
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
