import { completeLogin, loginFailed } from '../../../src/editorAuth/login';
import { readEditorAuthSettings } from '../../../src/editorAuth/settings';
import type { WorkerEnv } from '../../../src/http/env';

/** `GET /api/cms/callback`: GitHub sends the popup back here; the token goes to the editor. */
export async function editorLoginCallback(request: Request, env: WorkerEnv): Promise<Response> {
  const settings = readEditorAuthSettings(env as unknown as Record<string, unknown>);
  if (!settings.ok) return loginFailed('notConfigured', new URL(request.url).origin, `missing or invalid: ${settings.problems.join(', ')}`);
  return completeLogin(request, settings.settings);
}
