import { describe, expect, it, vi } from 'vitest';
import { beginLogin, completeLogin, loginErrors, stateCookie } from '../../src/editorAuth/login';
import { defaultEditorRepository, readEditorAuthSettings, type EditorAuthSettings } from '../../src/editorAuth/settings';

const settings: EditorAuthSettings = {
  CMS_GITHUB_CLIENT_ID: 'client',
  CMS_GITHUB_CLIENT_SECRET: 'secret',
  CMS_GITHUB_REPO: 'gemeente/hallojij',
  CMS_GITHUB_ORIGIN: 'https://github.test',
  CMS_GITHUB_API_ORIGIN: 'https://api.github.test',
};
const site = 'https://hallojij.example';

/** A stand-in for GitHub's token exchange and repository answer. */
function gitHub({ token = 'gho_token', push = true, status = 200 }: { token?: string; push?: boolean; status?: number } = {}) {
  return vi.fn(async (input: URL | RequestInfo) => {
    const url = String(input);
    if (status !== 200) return new Response('', { status });
    if (url.endsWith('/login/oauth/access_token')) return Response.json(token ? { access_token: token } : { error: 'bad_verification_code' });
    if (url.endsWith(`/repos/${settings.CMS_GITHUB_REPO}`)) return Response.json({ permissions: { push } });
    return new Response('', { status: 404 });
  }) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

function callback(query: Record<string, string>, cookie?: string): Request {
  return new Request(`${site}/api/cms/callback?${new URLSearchParams(query)}`, { headers: cookie ? { Cookie: cookie } : {} });
}

/** The message the popup posts to the editor, read from its page. */
async function messageOf(response: Response): Promise<string> {
  const html = await response.text();
  return JSON.parse(/const \{origin,message\}=(\{.*?\});/.exec(html)![1]!.replace(/\\u003c/g, '<')).message;
}

describe('the editor login settings', () => {
  it('names what is missing or wrong, never the values', () => {
    const missing = readEditorAuthSettings({});
    expect(missing).toEqual({ ok: false, problems: ['CMS_GITHUB_CLIENT_ID', 'CMS_GITHUB_CLIENT_SECRET'] });
    const wrong = readEditorAuthSettings({ CMS_GITHUB_CLIENT_ID: 'id with spaces', CMS_GITHUB_CLIENT_SECRET: 'x'.repeat(201), CMS_GITHUB_REPO: 'no-slash', CMS_GITHUB_ORIGIN: 'javascript:alert(1)' });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.problems.sort()).toEqual(['CMS_GITHUB_CLIENT_ID', 'CMS_GITHUB_CLIENT_SECRET', 'CMS_GITHUB_ORIGIN', 'CMS_GITHUB_REPO']);
    expect(JSON.stringify(wrong)).not.toContain('x'.repeat(20));
  });

  it('fills in GitHub and the default repository', () => {
    expect(readEditorAuthSettings({ CMS_GITHUB_CLIENT_ID: 'Iv1.abc', CMS_GITHUB_CLIENT_SECRET: 's' })).toEqual({
      ok: true,
      settings: { CMS_GITHUB_CLIENT_ID: 'Iv1.abc', CMS_GITHUB_CLIENT_SECRET: 's', CMS_GITHUB_REPO: defaultEditorRepository, CMS_GITHUB_ORIGIN: 'https://github.com', CMS_GITHUB_API_ORIGIN: 'https://api.github.com' },
    });
  });
});

describe('the editor login', () => {
  it('sends the popup to GitHub with a fresh state bound to a short-lived cookie on /api/cms/ only', () => {
    const response = beginLogin(new URL(`${site}/api/cms/auth?provider=github&site_id=hallojij.example&scope=repo,user`), settings);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location')!);
    expect(location.origin + location.pathname).toBe('https://github.test/login/oauth/authorize');
    expect(location.searchParams.get('client_id')).toBe('client');
    expect(location.searchParams.get('redirect_uri')).toBe(`${site}/api/cms/callback`);
    const state = location.searchParams.get('state')!;
    expect(state).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('Set-Cookie')).toBe(`${stateCookie}=${state}; Path=/api/cms/; Max-Age=600; HttpOnly; SameSite=Lax; Secure`);
    expect(beginLogin(new URL(`${site}/api/cms/auth?provider=github`), settings).headers.get('Location')).not.toContain(state);
  });

  it('refuses another provider', async () => {
    const response = beginLogin(new URL(`${site}/api/cms/auth?provider=gitlab`), settings);
    expect(response.status).toBe(400);
    expect(await messageOf(response)).toBe(`authorization:github:error:${JSON.stringify({ error: loginErrors.wrongProvider, errorCode: 'wrongProvider', provider: 'github' })}`);
  });

  it('hands the token to the editor when the account may push, to the site’s own origin only', async () => {
    const fetchFromGitHub = gitHub();
    const response = await completeLogin(callback({ code: 'abc123', state: 'S1' }, `other=1; ${stateCookie}=S1`), settings, fetchFromGitHub);
    expect(response.status).toBe(200);
    expect(await messageOf(response.clone())).toBe('authorization:github:success:{"token":"gho_token","provider":"github"}');
    const html = await response.text();
    expect(html).toContain(`{"origin":"${site}"`);
    expect(html).not.toMatch(/postMessage\([^)]*'\*'/);
    const nonce = /nonce="(\w+)"/.exec(html)![1];
    expect(response.headers.get('Content-Security-Policy')).toBe(`default-src 'none'; script-src 'nonce-${nonce}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Set-Cookie')).toMatch(new RegExp(`^${stateCookie}=; Path=/api/cms/; Max-Age=0`));
    const [exchange, repository] = fetchFromGitHub.mock.calls;
    expect(String(exchange![0])).toBe('https://github.test/login/oauth/access_token');
    expect(JSON.parse(String((exchange![1] as RequestInit).body))).toMatchObject({ client_id: 'client', client_secret: 'secret', code: 'abc123' });
    expect(String(repository![0])).toBe('https://api.github.test/repos/gemeente/hallojij');
  });

  it('refuses an account without write access, in Dutch', async () => {
    const response = await completeLogin(callback({ code: 'abc', state: 'S1' }, `${stateCookie}=S1`), settings, gitHub({ push: false }));
    expect(await messageOf(response)).toContain(`"errorCode":"noWriteAccess"`);
    expect(loginErrors.noWriteAccess).toMatch(/schrijfrechten/);
  });

  it.each([
    ['no cookie', { code: 'abc', state: 'S1' }, undefined, 'stateMismatch'],
    ['another state', { code: 'abc', state: 'S2' }, `${stateCookie}=S1`, 'stateMismatch'],
    ['an empty state', { code: 'abc', state: '' }, `${stateCookie}=`, 'stateMismatch'],
    ['no code', { state: 'S1' }, `${stateCookie}=S1`, 'denied'],
    ['a hostile code', { code: '"><script>alert(1)</script>', state: 'S1' }, `${stateCookie}=S1`, 'denied'],
    ['a code far too long', { code: 'a'.repeat(5000), state: 'S1' }, `${stateCookie}=S1`, 'denied'],
  ])('refuses a callback with %s, asking GitHub nothing', async (_case, query, cookie, code) => {
    const fetchFromGitHub = gitHub();
    const response = await completeLogin(callback(query as Record<string, string>, cookie), settings, fetchFromGitHub);
    expect(response.status).toBe(400);
    expect(await messageOf(response.clone())).toContain(`"errorCode":"${code}"`);
    expect(await response.text()).not.toContain('<script>alert');
    expect(fetchFromGitHub).not.toHaveBeenCalled();
  });

  it('says so when GitHub refuses the code or cannot be reached', async () => {
    const refused = await completeLogin(callback({ code: 'abc', state: 'S1' }, `${stateCookie}=S1`), settings, gitHub({ token: '' }));
    expect(await messageOf(refused)).toContain('"errorCode":"denied"');
    const down = await completeLogin(callback({ code: 'abc', state: 'S1' }, `${stateCookie}=S1`), settings, gitHub({ status: 502 }));
    expect(await messageOf(down)).toContain('"errorCode":"githubUnavailable"');
    const unreachable = await completeLogin(callback({ code: 'abc', state: 'S1' }, `${stateCookie}=S1`), settings, (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch);
    expect(await messageOf(unreachable)).toContain('"errorCode":"githubUnavailable"');
  });
});
