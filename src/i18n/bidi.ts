/**
 * Latin-script names that end in punctuation. Inside right-to-left text the bidi algorithm
 * moves that punctuation to the wrong side ("!Hallo jij"), so on right-to-left pages each one
 * is isolated as a left-to-right run.
 */
export const latinNames = ['Hallo jij!'] as const;

const leftToRightIsolate = '\u2066';
const popDirectionalIsolate = '\u2069';

/** Wraps every Latin name in `text` in a left-to-right isolate (LRI … PDI). */
export function isolateLatinNames(text: string): string {
  return latinNames.reduce(
    (result, name) => result.replaceAll(name, `${leftToRightIsolate}${name}${popDirectionalIsolate}`),
    text,
  );
}

/** The parts of `text` with each Latin name split out, for markup that wraps names in `<bdi>`. */
export function splitLatinNames(text: string): { text: string; isName: boolean }[] {
  const pattern = new RegExp(`(${latinNames.map((name) => name.replace(/[.*+?^${}()|[\]\\!]/g, '\\$&')).join('|')})`);
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, isName: (latinNames as readonly string[]).includes(part) }));
}
