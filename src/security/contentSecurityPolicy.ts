/**
 * The Content-Security-Policy of every page. Scripts and styles are allowed from the site itself
 * and, for the small inline blocks Astro writes (page CSS, @font-face rules, the chooser's
 * language hint), by their SHA-256 hash: never 'unsafe-inline'.
 */
export function buildContentSecurityPolicy(hashes: { scripts: Iterable<string>; styles: Iterable<string> }): string {
  const quoted = (values: Iterable<string>) => [...new Set(values)].sort().map((hash) => `'${hash}'`);
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'", ...quoted(hashes.scripts)],
    'style-src': ["'self'", ...quoted(hashes.styles)],
    // data: for the favicon, which every page carries inline (src/offline/appIcon.ts).
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'none'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** `sha256-…` of a script or style body, as CSP expects it. */
export async function cspHash(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return `sha256-${Buffer.from(digest).toString('base64')}`;
}

/** The bodies of inline `<script>` (without `src`) and `<style>` elements in an HTML page. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  return { scripts, styles };
}
