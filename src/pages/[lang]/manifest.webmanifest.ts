import type { APIRoute, GetStaticPaths } from 'astro';
import { appColors, appIcons } from '../../offline/appIcon';
import { getLocaleDir, localeCodes, type Locale } from '../../i18n/locales';
import { localizedPath } from '../../i18n/paths';
import { useTranslations } from '../../i18n/useTranslations';

export const getStaticPaths = (() => localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** `/ar/manifest.webmanifest`: installs Hallo jij! as an app that opens in her language. */
export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Locale;
  const t = useTranslations(lang);
  const manifest = {
    id: localizedPath(lang),
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('site.tagline'),
    lang,
    dir: getLocaleDir(lang),
    start_url: localizedPath(lang),
    scope: '/',
    display: 'standalone',
    background_color: appColors.background,
    theme_color: appColors.theme,
    icons: Object.entries(appIcons)
      .filter(([name]) => name.startsWith('icon-'))
      .map(([name, icon]) => ({
        src: `/icons/${name}`,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.maskable ? 'maskable' : 'any',
      })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
