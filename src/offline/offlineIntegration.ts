import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** The name of the service worker, at the root so its scope is the whole site. */
export const serviceWorkerPath = '/sw.js';

/** A fingerprint of every built file: the same build gives the same worker, any change a new one. */
async function siteVersion(outDir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  for (const file of files) {
    hash.update(relative(outDir, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * After the build, bundles src/offline/serviceWorker.ts into `dist/sw.js` (esbuild, which Astro
 * already brings), stamped with the site's version so a new deploy replaces what phones kept.
 */
export function offlineIntegration(): AstroIntegration {
  return {
    name: 'hallojij-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const version = await siteVersion(outDir);
        await build({
          entryPoints: [fileURLToPath(new URL('./serviceWorker.ts', import.meta.url))],
          outfile: join(outDir, serviceWorkerPath),
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2022',
          define: { SITE_VERSION: JSON.stringify(version) },
          logLevel: 'warning',
        });
        logger.info(`Service worker written for version ${version}.`);
      },
    },
  };
}
