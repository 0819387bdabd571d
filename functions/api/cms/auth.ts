import { beginLogin, loginFailed } from '../../../src/editorAuth/login';
import { readEditorAuthSettings } from '../../../src/editorAuth/settings';
import type { Env } from '../../env';

/** `GET /api/cms/auth`: the editor's login popup starts here and goes on to GitHub. */
export async function editorLogin(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url);
  const settings = readEditorAuthSettings(env);
  if (!settings.ok) return loginFailed('notConfigured', url.origin, `missing or invalid: ${settings.problems.join(', ')}`);
  return beginLogin(url, settings.settings);
}
