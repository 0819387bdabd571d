// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';
import { prepareScriptFonts } from './src/fonts/prepareScriptFonts.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { isolateLatinNamesInRightToLeft } from './src/content/isolateLatinNamesPlugin.ts';
import { withChooserAsDefault } from './src/seo/sitemapLinks.ts';
import { sampleValuesIntegration } from './src/content/sampleValuesIntegration.ts';
import { securityHeadersIntegration } from './src/security/securityHeadersIntegration.ts';
import { offlineIntegration } from './src/offline/offlineIntegration.ts';
import { editorIntegration } from './src/admin/editorIntegration.ts';

const scriptFonts = await prepareScriptFonts(fileURLToPath(new URL('.', import.meta.url)));

// The public address; set SITE_URL when deploying under another domain.
const site = process.env.SITE_URL ?? 'https://hallojij.heusden.nl';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: {
    // `[lang]/404.astro` becomes `ar/404.html`, which Cloudflare Pages serves for missing pages
    // under /ar/; `[lang]/[slug]/index.astro` keeps the /ar/aanmelden/ addresses.
    format: 'preserve',
    // Each page's CSS travels inside its HTML: one round trip on a thin connection.
    inlineStylesheets: 'always',
  },
  compressHTML: true,
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: { processor: satteri({ hastPlugins: [isolateLatinNamesInRightToLeft], features: { headingAttributes: true } }) },
  fonts: scriptFonts.fonts,
  vite: {
    plugins: [scriptFonts.vitePlugin],
    build: {
      rollupOptions: {
        // MDX content modules start with Astro's "use astro:head-inject" marker; the bundler warns
        // about every one of them, which buries real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
      // The editor (/admin/) is for staff, never for search engines.
      // Pages marked noindex stay out too: the confirmations, the self-check's result template, the practices' folders.
      filter: (page) => !/\/(404(\.html|\/)?|samen\/|offline\/|bedankt\/|ontvangen\/|uitkomst\/|folder\/[^/]+\/)$/.test(new URL(page).pathname) && !new URL(page).pathname.startsWith('/admin/'),
      serialize: withChooserAsDefault,
    }),
    sampleValuesIntegration(),
    editorIntegration(),
    securityHeadersIntegration(),
    offlineIntegration(),
  ],
});
