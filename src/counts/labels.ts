import { dutchRouteName } from '../content/practices';
import { villageName } from '../content/villages';
import { dutchLanguageName } from '../mail/emailParts';
import type { Dimension } from './report';

const outcomeNames: Readonly<Record<string, string>> = {
  delivered: 'Direct bij het team',
  'queued-delivered': 'Later, uit de wachtrij',
  'second-channel': 'Via de reserveroute',
  scanned: 'Gescand of aangeklikt',
};

/** The report's headings, in Dutch: the project leader reads it. */
export const formNames: Readonly<Record<string, string>> = {
  registration: 'Aanmeldingen',
  callback: 'Terugbelverzoeken van verwijzers',
  scan: 'Scans van de praktijklinks en QR-codes',
};

export const dimensionNames: Readonly<Record<Dimension, string>> = {
  lang: 'Taal van de pagina',
  village: 'Woonplaats',
  route: 'Hoe ze ons vond',
  outcome: 'Hoe de e-mail het team bereikte',
};

/** A value's name in the report: a language, village, practice or route, in Dutch. */
export type ReportLabels = (dimension: Dimension, value: string) => string;

/** The report's names of values: languages, villages, practices (from content/data/practices.json, retired ones too) and routes. */
export function reportLabels(): ReportLabels {
  return (dimension, value) => {
    if (dimension === 'lang') return value === 'unknown' ? 'Onbekend' : dutchLanguageName(value);
    if (dimension === 'village') return value === 'elsewhere' ? 'Buiten gemeente Heusden' : value === 'unknown' ? 'Onbekend' : villageName(value);
    if (dimension === 'route') return dutchRouteName(value);
    return outcomeNames[value] ?? value;
  };
}
