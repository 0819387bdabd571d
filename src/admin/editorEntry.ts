/**
 * The editor's script at /admin/: Sveltia CMS from the npm package, bundled by
 * src/admin/editorIntegration.ts. The configuration comes from /admin/config.yml (generated from
 * the content schemas, src/admin/editorConfig.ts), named by the page's `cms-config-url` link.
 */
import CMS from '@sveltia/cms';
import { defaultLocale } from '../i18n/locales';
import { addScriptFonts } from './scriptFonts';
import { markCurrentField, savedTranslation, type PageData } from '../translationStatus/markTranslationCurrent';

// A page's switch "this translation matches the Dutch text" becomes its sourceVersions record.
// Returning an entry makes the editor rebuild every language's content (key-value fields in its
// collator's order, src/content/editorFormat.ts), so the hook returns nothing unless a switch
// was touched.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    if (entry.get('collection') !== 'pages') return undefined;
    const { data, i18n = {} } = entry.toJS() as { data: PageData; i18n?: Record<string, { data?: PageData }> };
    const touched = markCurrentField in data || Object.values(i18n).some((locale) => locale.data && markCurrentField in locale.data);
    if (!touched) return undefined;
    const dutchBody = data.body ?? '';
    let saved = markCurrentField in data ? entry.deleteIn(['data', markCurrentField]) : entry;
    for (const [lang, { data: translation }] of Object.entries(i18n)) {
      if (lang === defaultLocale || !translation || !(markCurrentField in translation)) continue;
      saved = translation[markCurrentField] === true
        ? saved.setIn(['i18n', lang, 'data'], savedTranslation(dutchBody, translation))
        : saved.deleteIn(['i18n', lang, 'data', markCurrentField]);
    }
    return saved;
  },
});

addScriptFonts();
CMS.init();
