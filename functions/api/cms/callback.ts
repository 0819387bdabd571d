import { completeLogin, loginFailed } from '../../../src/editorAuth/login';
import { readEditorAuthSettings } from '../../../src/editorAuth/settings';
import type { Env } from '../../env';

/** `GET /api/cms/callback`: GitHub sends the popup back here; the token goes to the editor. */
export async function editorLoginCallback(request: Request, env: Env): Promise<Response> {
  const settings = readEditorAuthSettings(env);
  if (!settings.ok) return loginFailed('notConfigured', new URL(request.url).origin, `missing or invalid: ${settings.problems.join(', ')}`);
  return completeLogin(request, settings.settings);
}
