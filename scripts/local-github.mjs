// A local stand-in for the three GitHub addresses the editor's login uses (src/editorAuth/login.ts),
// so the login can run in tests without an account or a network:
// GET /login/oauth/authorize sends the browser straight back to redirect_uri with a code and the
// state, as if the person had approved; POST /login/oauth/access_token trades that code for a
// token when the client id and secret are the local ones; GET /repos/<owner>/<name> says whether
// the token's account may push. Which account "logs in": POST /__account {"login": "writer" |
// "reader" | "refused"} ("writer" may push, "reader" may not, "refused" gets no token).
import { createServer } from 'node:http';

/** The OAuth app the stand-in knows; `npm run serve` gives the Worker the same. */
export const localGitHubApp = { clientId: 'local-client', clientSecret: 'local-secret' };

/** Starts the server; resolves with its address and a close function. */
export function startLocalGitHub({ port = 8790 } = {}) {
  let account = 'writer';
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let body = '';
    for await (const chunk of request) body += chunk;
    const json = (status, value) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (request.method === 'POST' && url.pathname === '/__account') {
      account = JSON.parse(body || '{}').login ?? 'writer';
      return json(200, { account });
    }
    if (request.method === 'GET' && url.pathname === '/login/oauth/authorize') {
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      back.search = new URLSearchParams({ code: `code-${account}`, state: url.searchParams.get('state') ?? '' }).toString();
      response.writeHead(302, { Location: back.href });
      return response.end();
    }
    if (request.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      const { client_id: clientId, client_secret: clientSecret, code } = JSON.parse(body || '{}');
      const login = /^code-(writer|reader)$/.exec(code ?? '')?.[1];
      if (clientId !== localGitHubApp.clientId || clientSecret !== localGitHubApp.clientSecret || !login) return json(200, { error: 'bad_verification_code' });
      return json(200, { access_token: `token-${login}`, token_type: 'bearer', scope: 'repo,user' });
    }
    const repository = /^\/repos\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (request.method === 'GET' && repository) {
      const login = /^Bearer token-(writer|reader)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!login) return json(401, { message: 'Bad credentials' });
      return json(200, { full_name: `${repository[1]}/${repository[2]}`, permissions: { admin: false, push: login === 'writer', pull: true } });
    }
    json(404, { message: 'Not Found' });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() })));
}
