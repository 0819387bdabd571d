import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** Where the editor's script and files live in the built site (below /admin/). */
export const editorBundlePath = '/admin/cms/';

/** The package's files next to its module (`npm/index.js`): fonts, WebAssembly, the map marker. */
const packageAssets = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), 'assets');

/**
 * The package's interface fonts are fetched from cdn.jsdelivr.net by a stylesheet it injects
 * (besides the same fonts it ships in npm/assets). Points each of those addresses at the shipped
 * file, so the editor asks no other site for its fonts; fails when a font has no shipped file.
 */
export function withLocalFonts(source: string, assetNames: string[]): string {
  return source.replace(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::[a-z]+)?@[0-9.]+\/([a-z0-9-]+)\.woff2/g, (url, family: string, file: string) => {
    const shipped = assetNames.find((name) => name.startsWith(`${family}-${file}-`) && name.endsWith('.woff2'));
    if (!shipped) throw new Error(`@sveltia/cms: no shipped font for ${url}; update withLocalFonts.`);
    return `${editorBundlePath}assets/${shipped}`;
  });
}

/** The address Sveltia polls every 5 minutes for GitHub's service status (a banner on incidents). */
const githubStatusUrl = 'https://www.githubstatus.com/api/v2/status.json';

/** What the editor reads instead: a file of its own that says the status is not known (no banner). */
export const serviceStatusPath = `${editorBundlePath}service-status.json`;

/**
 * Sends the service-status check to serviceStatusPath, so the editor asks no other site than
 * GitHub's API; fails when the package no longer has that address (look at what it asks now).
 */
export function withoutStatusCheck(source: string): string {
  if (!source.includes(githubStatusUrl)) throw new Error(`@sveltia/cms no longer polls ${githubStatusUrl}; check its requests again.`);
  return source.replaceAll(githubStatusUrl, serviceStatusPath);
}

/** Keeps the package's fonts and status check on this site (withLocalFonts, withoutStatusCheck). */
function sameSite(assetNames: string[]): Plugin {
  return {
    name: 'sveltia-same-site',
    setup(build) {
      build.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, async ({ path }) => {
        return { contents: withoutStatusCheck(withLocalFonts(await readFile(path, 'utf8'), assetNames)), loader: 'js' };
      });
    },
  };
}

/**
 * Code highlighting (Shiki's 700 grammars, fetched from unpkg.com when not bundled) only serves
 * the code field and code blocks, which this site's editor does not use: every grammar and theme
 * becomes the same empty module, so nothing is fetched and the bundle stays small.
 */
const noHighlighting: Plugin = {
  name: 'sveltia-no-highlighting',
  setup(build) {
    build.onResolve({ filter: /^@shikijs\/(langs|themes)\// }, () => ({ path: 'empty', namespace: 'no-highlighting' }));
    build.onLoad({ filter: /.*/, namespace: 'no-highlighting' }, () => ({ contents: 'export default [];', loader: 'js' }));
  },
};

/**
 * Bundles the editor (src/admin/editorEntry.ts with @sveltia/cms) into `<outDir>/admin/cms/`:
 * `editor.js`, its on-demand chunks under `chunks/` (interface languages, image tools) and the
 * package's fonts and WebAssembly under `assets/`, where the package's own relative addresses
 * (`assets/…` from the entry, `../assets/…` from a chunk) find them. Returns the bytes written.
 */
export async function bundleEditor(outDir: string): Promise<number> {
  const target = join(outDir, editorBundlePath);
  const assetNames = await readdir(packageAssets);
  const result = await build({
    entryPoints: { editor: fileURLToPath(new URL('./editorEntry.ts', import.meta.url)) },
    outdir: target,
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'linked',
    loader: { '.png': 'file', '.svg': 'file', '.woff2': 'file', '.wasm': 'file' },
    plugins: [sameSite(assetNames), noHighlighting],
    metafile: true,
    logLevel: 'warning',
  });
  await cp(packageAssets, join(target, 'assets'), { recursive: true, filter: (path) => !path.endsWith('.map') });
  await writeFile(join(outDir, serviceStatusPath), `${JSON.stringify({ status: { indicator: 'unknown', description: 'Not checked: see src/admin/editorBundle.ts.' } })}\n`);
  return Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}
