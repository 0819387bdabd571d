import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { bundleEditor } from './editorBundle';
import { editorConfig } from './editorConfig';
import { defaultEditorRepository } from '../editorAuth/settings';

/** The repository the production editor saves to; set CMS_GITHUB_REPO (owner/name) when deploying. */
export const editorRepository = () => process.env.CMS_GITHUB_REPO ?? defaultEditorRepository;

/**
 * After the build, puts the editor next to public/admin/index.html: Sveltia CMS from the npm
 * package under dist/admin/cms/ (no CDN) and dist/admin/config.yml made from the content schemas.
 * Runs before the service worker is stamped, so a new editor is a new site version.
 */
export function editorIntegration(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'hallojij-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bytes = await bundleEditor(outDir);
        if (!site) throw new Error('The editor needs the site address (astro.config.mjs `site`) for its GitHub login.');
        const config = editorConfig({ repo: editorRepository(), site });
        const header = '# Generated from src/content/schemas.ts by src/admin/editorConfig.ts at build time. Do not edit.\n';
        await writeFile(join(outDir, 'admin', 'config.yml'), header + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false, singleQuote: true }));
        logger.info(`Editor written to /admin/ (${(bytes / 1e6).toFixed(1)} MB of script and files, loaded only there).`);
      },
    },
  };
}
