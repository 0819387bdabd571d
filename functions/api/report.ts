import type { Env } from '../env';
import { readCounts } from '../../src/counts/readCounts';
import { reportBodyHtml } from '../../src/counts/reportEmail';
import { monthOf } from '../../src/counts/tally';
import { writeAccess } from '../../src/editorAuth/login';
import { readEditorAuthSettings } from '../../src/editorAuth/settings';
import { jsonResponse, workerSecurityHeaders } from '../../src/http/responses';
import { logEvent } from '../../src/utils/log';

/**
 * `GET /api/report` with `Authorization: Bearer <the editor's GitHub token>`: the evaluation's
 * report as an HTML fragment, for /admin/rapport/. Only for staff who may save in the editor: the
 * token is checked with GitHub as the login checks it (push access to the repository).
 */
export async function evaluationReport(request: Request, env: Env): Promise<Response> {
  if (request.method !== 'GET') return jsonResponse({ error: 'method' }, { status: 405, headers: { Allow: 'GET' } });
  const settings = readEditorAuthSettings(env);
  if (!settings.ok || !env.COUNTS) return jsonResponse({ error: 'notConfigured' }, { status: 503 });
  const token = /^Bearer ([^\s]{1,500})$/.exec(request.headers.get('Authorization') ?? '')?.[1];
  if (!token) return jsonResponse({ error: 'signIn' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  const access = await writeAccess(token, settings.settings, fetch);
  if (access === 'unreachable') return jsonResponse({ error: 'githubUnavailable' }, { status: 503 });
  if (!access) {
    logEvent('report', { outcome: 'report-refused', status: 403 });
    return jsonResponse({ error: 'forbidden' }, { status: 403 });
  }
  const html = reportBodyHtml(await readCounts(env.COUNTS), monthOf(new Date()));
  return new Response(html, { headers: { ...workerSecurityHeaders, 'Content-Type': 'text/html; charset=utf-8' } });
}
