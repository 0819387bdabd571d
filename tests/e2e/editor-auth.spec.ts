import { expect, test, type Page } from '@playwright/test';

// The editor's GitHub login, done by the site's own Worker (src/editorAuth/login.ts) in workerd,
// against the local GitHub stand-in (scripts/local-github.mjs, started by `npm run serve`): the
// popup handshake the editor (Sveltia CMS) expects, played by the page that opens the popup.
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1280, height: 800 } });

const githubStandIn = `http://127.0.0.1:${Number(process.env.PORT ?? 8788) + 2}`;

async function logInAs(account: 'writer' | 'reader' | 'refused'): Promise<void> {
  const response = await fetch(`${githubStandIn}/__account`, { method: 'POST', body: JSON.stringify({ login: account }) });
  expect(response.ok).toBe(true);
}

/**
 * Opens the login popup from /admin/ and answers its handshake as the editor does: echo
 * `authorizing:github` back to the popup, then resolve with the message that follows.
 */
async function loginMessage(page: Page, authPath = '/api/cms/auth?provider=github&site_id=127.0.0.1&scope=repo,user'): Promise<string> {
  await page.goto('/admin/');
  return page.evaluate(
    (path) =>
      new Promise<string>((resolve) => {
        const popup = window.open(path, 'auth', 'width=600,height=800');
        window.addEventListener('message', ({ origin, data }) => {
          if (origin !== window.location.origin || typeof data !== 'string') return;
          if (data === 'authorizing:github') popup?.postMessage(data, origin);
          else resolve(data);
        });
      }),
    authPath,
  );
}

test('an account with write access logs in: the popup hands the token to the editor', async ({ page }) => {
  await logInAs('writer');
  const message = await loginMessage(page);
  expect(message).toBe('authorization:github:success:{"token":"token-writer","provider":"github"}');
});

test('an account without write access is told so, in Dutch, and gets no token', async ({ page }) => {
  await logInAs('reader');
  const message = await loginMessage(page);
  expect(message).toMatch(/^authorization:github:error:/);
  const result = JSON.parse(message.replace('authorization:github:error:', '')) as { error: string; errorCode: string; token?: string };
  expect(result).toMatchObject({ errorCode: 'noWriteAccess', error: expect.stringContaining('schrijfrechten') });
  expect(result.token).toBeUndefined();
});

test('a login GitHub does not confirm gets no token', async ({ page }) => {
  await logInAs('refused');
  expect(await loginMessage(page)).toContain('"errorCode":"denied"');
});

test('a callback that was not started in this browser is refused, and only /api/cms/auth sets a cookie', async ({ page, request }) => {
  await logInAs('writer');
  const auth = await request.get('/api/cms/auth?provider=github', { maxRedirects: 0 });
  expect(auth.status()).toBe(302);
  expect(auth.headers()['set-cookie']).toMatch(/^hallojij-cms-state=[0-9a-f-]{36}; Path=\/api\/cms\/; Max-Age=600; HttpOnly; SameSite=Lax$/);
  const state = new URL(auth.headers().location!).searchParams.get('state');

  const forged = await request.get(`/api/cms/callback?code=code-writer&state=${state}`, { headers: { Cookie: 'hallojij-cms-state=another' } });
  expect(forged.status()).toBe(400);
  expect(await forged.text()).not.toContain('token-writer');
  expect(forged.headers()['content-security-policy']).toMatch(/^default-src 'none'; script-src 'nonce-\w+';/);
  expect(forged.headers()['cache-control']).toBe('no-store');

  // Pages for mothers never set a cookie.
  await page.goto('/nl/');
  expect(await page.context().cookies()).toEqual([]);
});
