import type { Env } from '../env';
import { forgetOldCounts, readCounts } from '../../src/counts/readCounts';
import { reportEmail } from '../../src/counts/reportEmail';
import { isReportWeek, reportEveryWeeksFrom } from '../../src/counts/reportSchedule';
import { monthOf } from '../../src/counts/tally';
import { readMailConfig } from '../../src/delivery/mailSettings';
import { resendSender } from '../../src/delivery/resendSender';
import { sendExactlyOnce } from '../../src/delivery/sendPolicy';
import { teamMailSecurity } from '../../src/delivery/teamMailSecurity';
import { sealForTeam } from '../../src/mail/seal';
import { logEvent } from '../../src/utils/log';

/**
 * The Cron Trigger (weekly, wrangler.toml): deletes counts older than five years; every REPORT_EVERY_WEEKS weeks (default 4) the
 * evaluation's report goes to REPORT_INBOX: read the counts, compose, seal when TEAM_OPENPGP_KEY
 * is set (never sent in clear under a broken key), send once per day (Idempotency-Key), log.
 */
export async function sendEvaluationReport(scheduledTime: number, env: Env): Promise<void> {
  const now = new Date(scheduledTime);
  // Every week: months beyond the retention period (5 years) are deleted.
  if (env.COUNTS) await forgetOldCounts(env.COUNTS, new Date()).catch((error: unknown) => logEvent('report', { outcome: 'retention-failed', detail: error instanceof Error ? error.message.slice(0, 200) : 'unknown' }, 'error'));
  if (!isReportWeek(now, reportEveryWeeksFrom(env.REPORT_EVERY_WEEKS))) return logEvent('report', { outcome: 'not-this-week' });
  const mail = readMailConfig(env, 'REPORT_INBOX');
  if (!mail.ok || !env.COUNTS) return logEvent('report', { outcome: 'misconfigured', detail: `missing or invalid: ${[...(mail.ok ? [] : mail.problems), ...(env.COUNTS ? [] : ['COUNTS'])].join(', ')}` }, 'error');
  const rows = await readCounts(env.COUNTS);
  // Up to the month of the clock (the trigger's own time only decides the week): the same on Cloudflare, and a test can ask for any report week.
  let message = reportEmail(rows, { from: mail.config.MAIL_FROM, to: mail.config.inbox, month: monthOf(new Date()) });
  if (env.TEAM_OPENPGP_KEY?.trim()) {
    // Sealed by the clock of now: a test may ask for the report of another week.
    const security = await teamMailSecurity(env, new Date());
    if (security.mode !== 'seal') return logEvent('report', { outcome: 'team-key-refused', detail: security.mode === 'refuse' ? security.problem : 'no key' }, 'error');
    message = await sealForTeam(message, security.team, new Date());
  }
  const sent = await sendExactlyOnce(resendSender(mail.config), message, `report:${now.toISOString().slice(0, 10)}`);
  if (sent.ok) logEvent('report', { outcome: 'sent', detail: `${rows.length} counters, attempts ${sent.attempts}` });
  else logEvent('report', { outcome: 'report-failed', detail: `${sent.error} after ${sent.attempts}` }, 'error');
}
