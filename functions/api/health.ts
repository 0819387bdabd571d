import type { Env } from '../env';
import { teamMailSecurity } from '../../src/delivery/teamMailSecurity';
import { jsonResponse } from '../../src/http/responses';
import { logEvent } from '../../src/utils/log';

/**
 * `GET /api/health`: the Worker is up, and whether the team's e-mail can leave: sealed (with the
 * date the first key expires), in clear because the team accepted that, or refused with the reason
 * (503, and an error in the log) while sign-ups wait in the outbox.
 */
export async function health(_request: Request, env: Env): Promise<Response> {
  const security = await teamMailSecurity(env, new Date());
  if (security.mode === 'refuse') {
    logEvent('health', { outcome: 'team-key-refused', detail: security.problem }, 'error');
    return jsonResponse({ ok: false, teamMail: 'refused', problem: security.problem }, { status: 503 });
  }
  if (security.mode === 'plaintext') return jsonResponse({ ok: true, teamMail: 'plaintext-accepted' });
  return jsonResponse({ ok: true, teamMail: 'sealed', keys: security.team.owners.length, expires: security.team.expiresAt?.toISOString().slice(0, 10) ?? null });
}
