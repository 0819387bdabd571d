import { getLocale, type Locale, type Script } from '../i18n/locales';
import { dutchLanguageName } from './emailParts';

const scripts: readonly [Script, RegExp][] = [
  ['Ethi', /\p{Script=Ethiopic}/gu],
  ['Arab', /\p{Script=Arabic}/gu],
  ['Latn', /\p{Script=Latin}/gu],
];

/** The script most of a text's letters are in, of the site's three; undefined for another script or no letters. */
export function mainScript(text: string): Script | undefined {
  const counts = scripts.map(([script, letters]) => [script, text.match(letters)?.length ?? 0] as const);
  const [script, count] = counts.reduce((best, next) => (next[1] > best[1] ? next : best));
  const otherLetters = (text.match(/\p{L}/gu)?.length ?? 0) - counts.reduce((sum, [, n]) => sum + n, 0);
  return count > 0 && count >= otherLetters ? script : undefined;
}

/**
 * In which language the team may expect her note, in Dutch, so they can arrange an interpreter:
 * the language of the page she wrote it on when the note has letters of that language's script
 * (an Arabic note may quote a Dutch word), otherwise the script most of it is in (an Arabic note
 * on the Dutch page).
 */
export function noteLanguage(message: string, lang: Locale): string {
  const pageScript = getLocale(lang).script;
  const pageLetters = scripts.find(([script]) => script === pageScript)![1];
  if ((message.match(pageLetters)?.length ?? 0) > 0) return `waarschijnlijk ${dutchLanguageName(lang)} (de taal van de website die ze gebruikte)`;
  const script = mainScript(message);
  const scriptName = script ? new Intl.DisplayNames('nl', { type: 'script' }).of(script) : undefined;
  return `niet bekend: geschreven in ${scriptName ? `${scriptName} schrift` : 'een ander schrift'}, op de website in het ${dutchLanguageName(lang)}`;
}
