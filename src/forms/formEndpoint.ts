import { botCheckFields, checkedAgainField, screenSubmission } from './botCheck';
import type { FormDefinition } from './formDefinition';
import { accepted, refuse } from './formResponses';
import { cleanText } from './sanitize';
import { teamContact } from '../content/team';
import { type WorkerEnv, logOutcome } from '../http/env';
import { functionSecurityHeaders } from '../http/functionHeaders';
import { checkRateLimit, submissionRateLimit } from '../http/rateLimit';
import { bodyKindOf, parseAnswers, readLimitedText } from '../http/readBody';
import { isCrossSite } from '../http/requestGuards';
import { defaultLocale, isLocale } from '../i18n/locales';
import { useTranslations } from '../i18n/useTranslations';
import { readMailConfig } from '../mail/config';
import { derivedSubmissionId, referenceFor } from '../mail/reference';
import { resendSender } from '../mail/resendSender';
import { deliverInOrder } from '../outbox/deliver';
import { putInOutbox } from '../outbox/enqueue';
import type { OutboxEmail } from '../outbox/outboxMessage';
import { retryDelaysFrom } from '../outbox/retrySchedule';


/** A request handler of the Worker: one per endpoint. */
export type RequestHandler = (request: Request, env: WorkerEnv) => Promise<Response>;

/**
 * The handler for one form. Reads top to bottom: guard the request, parse the answers, validate
 * with the form's shared rules, compose and send (the team's e-mail must be accepted before she is
 * told it was sent), and when Resend cannot take it, put it in the outbox and say so truthfully;
 * answer in the visitor's language.
 */
export function formEndpoint<T>(form: FormDefinition<T>): RequestHandler {
  const translatorFor = (lang: unknown) =>
    useTranslations(isLocale(lang) && form.pageLocales.includes(lang) ? lang : defaultLocale);

  async function submit(request: Request, env: WorkerEnv): Promise<Response> {
    // 1. Guard the request.
    let t = translatorFor(new URL(request.url).searchParams.get('lang'));
    const kind = bodyKindOf(request);
    let answers: Record<string, unknown> = {};
    const context = () => ({ request, env, kind, t, answers, teamPhone: teamContact.phone, form });
    const log = (fields: Parameters<typeof logOutcome>[0]) => logOutcome({ ...fields, form: form.name });
    if (!kind) return refuse({ status: 415, message: 'contentType' }, context());
    const body = await readLimitedText(request);
    if (!body.ok) return refuse({ status: 413, message: 'tooLarge' }, context());

    // 2. Parse the answers, so every later answer is in her language; refuse other sites; count the client.
    answers = parseAnswers(kind, body.text) ?? {};
    if (isLocale(answers.lang)) t = translatorFor(answers.lang);
    if (isCrossSite(request)) return refuse({ status: 403, message: 'crossSite' }, context());
    if (env.RATE_LIMIT) {
      const client = request.headers.get('CF-Connecting-IP') ?? 'unknown';
      const limit = await checkRateLimit(env.RATE_LIMIT, client, env.RATE_LIMIT_SALT ?? 'hallojij', submissionRateLimit, Date.now());
      if (!limit.allowed) {
        log({ outcome: 'rate-limited', status: 429 });
        return refuse({ status: 429, message: 'rateLimited', headers: { 'Retry-After': String(limit.retryAfterSeconds) } }, context());
      }
    }

    // 3. Validate with the shared rules; only a complete submission is screened for bots.
    const submissionId =
      cleanText(answers.submissionId).slice(0, 100) ||
      (await derivedSubmissionId(Object.fromEntries(Object.entries(answers).filter(([name]) => !(botCheckFields as readonly string[]).includes(name)))));
    answers.submissionId = submissionId;
    const reference = await referenceFor(`${form.name}:${submissionId}`);
    const result = form.parse(answers, new Date().toISOString().slice(0, 10));
    if (!result.ok) {
      log({ ref: reference, outcome: 'invalid', status: 422, detail: Object.keys(result.errors).join(',') });
      return refuse({ status: 422, errors: result.errors }, context());
    }
    const screening = screenSubmission(answers);
    if (screening === 'drop') {
      log({ ref: reference, outcome: 'dropped-honeypot', status: kind === 'json' ? 200 : 303 });
      return accepted(kind, t, form, reference);
    }
    if (screening === 'checkAgain') {
      log({ ref: reference, outcome: 'check-again', status: 422 });
      answers[checkedAgainField] = 'yes';
      return refuse({ status: 422, message: 'checkAgain' }, context());
    }

    // 4. Compose: each e-mail with the key that every try of it carries.
    const config = readMailConfig(env as unknown as Record<string, unknown>, form.inboxSetting);
    if (!config.ok) {
      log({ ref: reference, outcome: 'misconfigured', status: 503, detail: `missing or invalid: ${config.problems.join(', ')}` });
      return refuse({ status: 503, message: 'unavailable' }, context());
    }
    const composed = form.emails(result.value, { reference, from: config.config.MAIL_FROM, inbox: config.config.inbox, team: teamContact });
    const emails: OutboxEmail[] = [
      { role: 'team', idempotencyKey: `${form.name}:${submissionId}:team`, message: composed.team },
      ...(composed.receipt ? [{ role: 'receipt' as const, idempotencyKey: `${form.name}:${submissionId}:receipt`, message: composed.receipt }] : []),
    ];

    // 5. Send, the team's first; what Resend cannot take now waits in the outbox.
    const submittedAt = new Date().toISOString();
    const sent = await deliverInOrder(resendSender(config.config), emails, undefined, { submittedAt });
    const status = kind === 'json' ? 200 : 303;
    if (sent.ok) {
      log({ ref: reference, outcome: sent.corrected.length > 0 ? 'sent-correction' : 'sent', status, detail: `attempts ${sent.attempts}` });
      return accepted(kind, t, form, reference);
    }
    const waiting = { version: 1 as const, form: form.name, reference, submittedAt, emails: emails.filter((email) => !sent.delivered.includes(email.idempotencyKey)) };
    const queue = await putInOutbox({ outbox: env.OUTBOX, deadLetters: env.DEAD_LETTERS }, waiting, sent, retryDelaysFrom(env.OUTBOX_RETRY_DELAYS));
    if (sent.delivered.includes(emails[0]!.idempotencyKey)) {
      log({ ref: reference, outcome: queue ? `sent; receipt to ${queue}` : 'sent; receipt-failed', status, detail: sent.error });
      return accepted(kind, t, form, reference);
    }
    if (!queue) {
      log({ ref: reference, outcome: 'team-mail-failed', status: 503, detail: `${sent.error} after ${sent.attempts}; queue refused` });
      return refuse({ status: 503, message: 'unavailable' }, context());
    }
    log({ ref: reference, outcome: `queued to ${queue}`, status: kind === 'json' ? 202 : 303, detail: `${sent.error} after ${sent.attempts}` });
    return accepted(kind, t, form, reference, 'queued');
  }

  return async (request, env) => {
    if (request.method === 'POST') return submit(request, env);
    const t = translatorFor(new URL(request.url).searchParams.get('lang'));
    return new Response(t('error.method'), {
      status: 405,
      headers: { ...functionSecurityHeaders, Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' },
    });
  };
}
