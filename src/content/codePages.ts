import { localeCodes, type Locale } from '../i18n/locales';
import { activePractices } from './practices';

/**
 * Pages built from code instead of content (forms, confirmations, the printable folder), by
 * Dutch slug, with the languages each exists in. A slug goes here in the same change that adds
 * its route, so links to it appear with it.
 */
export const codePages: Readonly<Record<string, readonly Locale[]>> = {
  aanmelden: localeCodes,
  'aanmelden/bedankt': localeCodes,
  'aanmelden/ontvangen': localeCodes,
  folder: localeCodes,
  // Each practice's own folder, its QR code to the practice's link (content/data/practices.json).
  ...Object.fromEntries(activePractices.map((practice) => [`folder/${practice.id}`, localeCodes])),
  'hoe-gaat-het': localeCodes,
  'hoe-gaat-het/uitkomst': localeCodes,
  'verwijzers/bedankt': ['nl', 'en'],
  'verwijzers/ontvangen': ['nl', 'en'],
};

/** The code pages as `/{lang}/{slug}/` paths. */
export function codePagePaths(): string[] {
  return Object.entries(codePages).flatMap(([slug, langs]) => langs.map((lang) => `/${lang}/${slug}/`));
}
