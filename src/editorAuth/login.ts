import type { EditorAuthSettings } from './settings';
import { handshakePage, type LoginResult } from './handshakePage';
import { logEvent } from '../utils/log';

/**
 * The editor's GitHub login (what Sveltia's separate `sveltia-cms-auth` Worker does, here in the
 * site's own Worker so there is one deploy). `/api/cms/auth` sends the popup to GitHub with a
 * random state; `/api/cms/callback` checks the state, trades GitHub's code for a token with the
 * client secret, and hands the token to the editor only when the account may push to the
 * repository: only people with write access can save.
 *
 * The state is bound to the browser by a cookie. It is the site's only cookie: set only on this
 * staff-only path (Path=/api/cms/), HttpOnly, SameSite=Lax, Secure on https, gone after ten
 * minutes or at the callback, whichever is first. Pages for mothers never set or read it.
 */
export const stateCookie = 'hallojij-cms-state';

/** Where GitHub sends the popup back; the OAuth app's callback URL is this on the site's address. */
const callbackPath = '/api/cms/callback';

/** Dutch messages for staff, by code; the code also goes to the log (never a token or a name). */
export const loginErrors = {
  notConfigured: 'Inloggen is op deze website nog niet ingesteld. Vraag de beheerder om de instellingen voor GitHub (CMS_GITHUB_…).',
  wrongProvider: 'Inloggen kan hier alleen met GitHub.',
  stateMismatch: 'Het inloggen is verlopen of in een ander venster begonnen. Sluit dit venster en probeer het opnieuw.',
  denied: 'GitHub heeft het inloggen niet bevestigd. Sluit dit venster en probeer het opnieuw.',
  githubUnavailable: 'GitHub is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  noWriteAccess: 'Je GitHub-account mag niet opslaan in de opslagplaats van deze website. Vraag de beheerder om schrijfrechten.',
} as const;
export type LoginErrorCode = keyof typeof loginErrors;

/** The error page for `code`, logged by code only. */
export function loginFailed(code: LoginErrorCode, siteOrigin: string, detail?: string): Response {
  logEvent('editor-login', { outcome: code, ...(detail ? { detail } : {}) });
  return withoutStateCookie(handshakePage({ error: loginErrors[code], errorCode: code }, siteOrigin), siteOrigin);
}

/** `GET /api/cms/auth?provider=github&scope=…`: to GitHub's consent page, with a fresh state. */
export function beginLogin(url: URL, settings: EditorAuthSettings): Response {
  if (url.searchParams.get('provider') !== 'github') return loginFailed('wrongProvider', url.origin);
  const state = crypto.randomUUID();
  const authorize = new URL('/login/oauth/authorize', settings.CMS_GITHUB_ORIGIN);
  authorize.search = new URLSearchParams({
    client_id: settings.CMS_GITHUB_CLIENT_ID,
    redirect_uri: new URL(callbackPath, url.origin).href,
    scope: 'repo,user',
    state,
  }).toString();
  const headers = new Headers({ Location: authorize.href, 'Cache-Control': 'no-store', 'Referrer-Policy': 'same-origin' });
  headers.append('Set-Cookie', cookie(url.origin, state, 600));
  return new Response(null, { status: 302, headers });
}

/** `GET /api/cms/callback?code=…&state=…`: the token for the editor, or why not. */
export async function completeLogin(request: Request, settings: EditorAuthSettings, fetchFromGitHub: typeof fetch = fetch): Promise<Response> {
  const url = new URL(request.url);
  const code = url.searchParams.get('code') ?? '';
  const state = url.searchParams.get('state') ?? '';
  const expected = cookieValue(request.headers.get('Cookie'), stateCookie);
  if (!expected || !state || state !== expected || state.length > 100) return loginFailed('stateMismatch', url.origin);
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(code)) return loginFailed('denied', url.origin);

  let token: string | undefined;
  try {
    const exchange = await fetchFromGitHub(new URL('/login/oauth/access_token', settings.CMS_GITHUB_ORIGIN), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': 'hallojij-editor-login' },
      body: JSON.stringify({ client_id: settings.CMS_GITHUB_CLIENT_ID, client_secret: settings.CMS_GITHUB_CLIENT_SECRET, code, redirect_uri: new URL(callbackPath, url.origin).href }),
    });
    if (exchange.status >= 500) return loginFailed('githubUnavailable', url.origin, `token exchange ${exchange.status}`);
    const answer = (await exchange.json().catch(() => ({}))) as { access_token?: unknown };
    token = typeof answer.access_token === 'string' && answer.access_token ? answer.access_token : undefined;
  } catch {
    return loginFailed('githubUnavailable', url.origin, 'token exchange unreachable');
  }
  if (!token) return loginFailed('denied', url.origin);

  const access = await writeAccess(token, settings, fetchFromGitHub);
  if (access === 'unreachable') return loginFailed('githubUnavailable', url.origin, 'repository check unreachable');
  if (!access) return loginFailed('noWriteAccess', url.origin);
  logEvent('editor-login', { outcome: 'success' });
  return withoutStateCookie(handshakePage({ token } satisfies LoginResult, url.origin), url.origin);
}

/**
 * Whether the token's account may push to the repository (GitHub's own answer): the login's check,
 * and the check of every staff-only answer of the Worker (the evaluation's report).
 */
export async function writeAccess(token: string, settings: EditorAuthSettings, fetchFromGitHub: typeof fetch): Promise<boolean | 'unreachable'> {
  try {
    const response = await fetchFromGitHub(new URL(`/repos/${settings.CMS_GITHUB_REPO}`, settings.CMS_GITHUB_API_ORIGIN), {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'User-Agent': 'hallojij-editor-login' },
    });
    if (response.status >= 500) return 'unreachable';
    if (!response.ok) return false;
    const repository = (await response.json().catch(() => ({}))) as { permissions?: { push?: unknown } };
    return repository.permissions?.push === true;
  } catch {
    return 'unreachable';
  }
}

function cookie(origin: string, value: string, maxAge: number): string {
  const secure = origin.startsWith('https:') ? '; Secure' : '';
  return `${stateCookie}=${value}; Path=/api/cms/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}

function withoutStateCookie(response: Response, origin: string): Response {
  response.headers.append('Set-Cookie', cookie(origin, '', 0));
  return response;
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
