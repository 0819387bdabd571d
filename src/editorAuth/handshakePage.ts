import { workerSecurityHeaders } from '../http/responses';
import { escapeHtml } from '../utils/html';

/** What the login popup tells the editor: a token, or why there is none (in Dutch, for staff). */
export type LoginResult = { token: string } | { error: string; errorCode: string };

/**
 * The page the login popup ends on. It speaks the handshake the editor (Sveltia CMS, like Decap
 * and Netlify CMS before it) waits for: it posts `authorizing:github` to the window that opened
 * it, waits for that window to answer from the site's own origin, then posts
 * `authorization:github:success:{"token":…}` or `authorization:github:error:{"error":…}` to that
 * origin only, never to `*`. Its one inline script runs under a nonce; nothing else may run.
 */
export function handshakePage(result: LoginResult, siteOrigin: string): Response {
  const outcome = 'token' in result ? 'success' : 'error';
  const payload = 'token' in result ? { token: result.token, provider: 'github' } : { error: result.error, errorCode: result.errorCode, provider: 'github' };
  const message = `authorization:github:${outcome}:${JSON.stringify(payload)}`;
  const nonce = crypto.randomUUID().replace(/-/g, '');
  // JSON in a script: "<" escaped, so no text can close the script element.
  const data = JSON.stringify({ origin: siteOrigin, message }).replace(/</g, '\\u003c');
  const script = `const {origin,message}=${data};const opener=window.opener;if(opener){window.addEventListener('message',(event)=>{if(event.origin===origin&&event.data==='authorizing:github')opener.postMessage(message,origin);});opener.postMessage('authorizing:github',origin);}`;
  const text = 'token' in result ? 'Je bent ingelogd. Dit venster sluit vanzelf.' : escapeHtml(result.error);
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>Inloggen · Hallo jij!</title></head><body><p>${text}</p><script nonce="${nonce}">${script}</script></body></html>`;
  const headers = new Headers(workerSecurityHeaders);
  headers.set('Content-Type', 'text/html; charset=utf-8');
  headers.set('Content-Security-Policy', `default-src 'none'; script-src 'nonce-${nonce}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`);
  headers.set('X-Robots-Tag', 'noindex, nofollow');
  return new Response(html, { status: 'token' in result ? 200 : 400, headers });
}
