import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildContentSecurityPolicy, cspHash, inlineBlocks } from './contentSecurityPolicy';

/**
 * After the build, hashes every inline script and style in the built pages and writes the
 * Content-Security-Policy into `dist/_headers` under the `/*` rule that `public/_headers` starts.
 * One site-wide policy (not one per page) keeps `_headers` far below Cloudflare's 100-rule limit.
 */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'hallojij-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.html'))) {
          const blocks = inlineBlocks(await readFile(join(entry.parentPath, entry.name), 'utf8'));
          for (const body of blocks.scripts) scripts.add(await cspHash(body));
          for (const body of blocks.styles) styles.add(await cspHash(body));
        }
        const headersFile = join(outDir, '_headers');
        const headers = await readFile(headersFile, 'utf8');
        if (!/^\/\*$/m.test(headers)) throw new Error('public/_headers needs a "/*" rule for the CSP.');
        const policy = buildContentSecurityPolicy({ scripts, styles });
        await writeFile(headersFile, headers.replace(/^\/\*$/m, `/*\n  Content-Security-Policy: ${policy}`));
        logger.info(`CSP written: ${scripts.size} script and ${styles.size} style hashes.`);
      },
    },
  };
}
