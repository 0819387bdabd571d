import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dump } from 'js-yaml';
import { bundleEditor } from './editorBundle';
import { editorConfig } from './editorConfig';

/** The repository the production editor saves to; set CMS_GITHUB_REPO (owner/name) when deploying. */
export const editorRepository = () => process.env.CMS_GITHUB_REPO ?? 'gemeente-heusden/hallojij';

/**
 * After the build, puts the editor next to public/admin/index.html: Sveltia CMS from the npm
 * package under dist/admin/cms/ (no CDN) and dist/admin/config.yml made from the content schemas.
 * Runs before the service worker is stamped, so a new editor is a new site version.
 */
export function editorIntegration(): AstroIntegration {
  return {
    name: 'hallojij-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bytes = await bundleEditor(outDir);
        const config = editorConfig({ repo: editorRepository() });
        const header = '# Generated from src/content/schemas.ts by src/admin/editorConfig.ts at build time. Do not edit.\n';
        await writeFile(join(outDir, 'admin', 'config.yml'), header + dump(config, { lineWidth: -1, noRefs: true }));
        logger.info(`Editor written to /admin/ (${(bytes / 1e6).toFixed(1)} MB of script and files, loaded only there).`);
      },
    },
  };
}
