import { teamContact } from '../content/team';
import { countInBackground, type Background } from '../counts/countInBackground';
import { countingDatabase } from '../counts/countStore';
import { monthOf, type Tally } from '../counts/tally';
import { deliverOrQueue } from '../delivery/deliverOrQueue';
import { readMailConfig } from '../delivery/mailSettings';
import { resendSender } from '../delivery/resendSender';
import { retryDelaysFrom } from '../delivery/retrySchedule';
import { sentVersionsIn } from '../delivery/sentVersions';
import { teamMailSecurity } from '../delivery/teamMailSecurity';
import { checkedAgainField } from '../forms/botCheck';
import { workerSecurityHeaders } from '../http/responses';
import { defaultLocale, isLocale } from '../i18n/locales';
import { useTranslations } from '../i18n/useTranslations';
import { logEvent } from '../utils/log';
import { accepted, refuse, type Refusal, type Visit } from './answer';
import type { SubmissionBindings } from './bindings';
import { composeEmails } from './compose';
import { countSubmission } from './rateLimit';
import { receiptsPerAddressFrom, withinReceiptLimit } from './receiptLimit';
import { referenceFor, submissionIdOf } from './reference';
import { bodyKindOf, parseAnswers, readLimitedText } from './requestBody';
import { isCrossSite } from './requestGuards';
import { screenSubmission } from './screen';
import type { SubmittedForm } from './submittedForm';

/** The Worker's handler for one form's endpoint. */
export type SubmissionHandler = (request: Request, env: SubmissionBindings, background?: Background) => Promise<Response>;

/**
 * The handler for one form. Reads top to bottom: guard the request, parse the answers, validate
 * with the form's shared rules and screen for bots, compose the e-mails, deliver them (the team's
 * must be accepted before she is told it was sent) or queue them and say so truthfully, and
 * answer in the visitor's language: a thank-you page, or her form again with her answers.
 */
export function submissionHandler<T>(form: SubmittedForm<T>): SubmissionHandler {
  const translatorFor = (lang: unknown) => useTranslations(isLocale(lang) && form.pageLocales.includes(lang) ? lang : defaultLocale);
  const log = (fields: { ref?: string; outcome: string; status: number; detail?: string | undefined }) => logEvent('submission', { ...fields, form: form.name });

  async function submit(request: Request, env: SubmissionBindings, background: Background | undefined): Promise<Response> {
    const visit: Visit = { request, form, kind: bodyKindOf(request), t: translatorFor(new URL(request.url).searchParams.get('lang')), answers: {}, teamPhone: teamContact.phone };
    const refuseWith = (refusal: Refusal) => refuse(refusal, visit, env.ASSETS);
    const sentStatus = visit.kind === 'json' ? 200 : 303;
    const salt = env.RATE_LIMIT_SALT ?? 'hallojij';

    // 1. Guard: the content type and size of the request.
    if (!visit.kind) return refuseWith({ status: 415, message: 'contentType' });
    const body = await readLimitedText(request);
    if (!body.ok) return refuseWith({ status: 413, message: 'tooLarge' });

    // 2. Parse her answers, so every later answer is in her language; refuse other sites; count the client.
    visit.answers = parseAnswers(visit.kind, body.text, form.listFields) ?? {};
    if (isLocale(visit.answers.lang)) visit.t = translatorFor(visit.answers.lang);
    if (isCrossSite(request)) return refuseWith({ status: 403, message: 'crossSite' });
    const limit = await countSubmission(request, env.RATE_LIMIT, salt);
    if (!limit.allowed) {
      log({ outcome: 'rate-limited', status: 429 });
      return refuseWith({ status: 429, message: 'rateLimited', headers: { 'Retry-After': String(limit.retryAfterSeconds) } });
    }

    // 3. Validate with the form's shared rules; screen only a complete submission for bots.
    const submissionId = submissionIdOf(visit.answers);
    visit.answers.submissionId = submissionId;
    const reference = referenceFor(`${form.name}:${submissionId}`);
    const result = form.parse(visit.answers, new Date().toISOString().slice(0, 10), visit.t);
    if (!result.ok) {
      log({ ref: reference, outcome: 'invalid', status: 422, detail: Object.keys(result.errors).join(',') });
      return refuseWith({ status: 422, errors: result.errors });
    }
    const screening = screenSubmission(visit.answers);
    if (screening === 'drop') {
      log({ ref: reference, outcome: 'dropped-honeypot', status: sentStatus });
      return accepted(visit, reference);
    }
    if (screening === 'checkAgain') {
      log({ ref: reference, outcome: 'check-again', status: 422 });
      visit.answers[checkedAgainField] = 'yes';
      return refuseWith({ status: 422, message: 'checkAgain' });
    }

    // 4. Compose the e-mails from the settings.
    const mail = readMailConfig(env, form.inboxSetting);
    if (!mail.ok) {
      log({ ref: reference, outcome: 'misconfigured', status: 503, detail: `missing or invalid: ${mail.problems.join(', ')}` });
      return refuseWith({ status: 503, message: 'unavailable' });
    }
    const composed = composeEmails(form, result.value, { reference, submissionId }, mail.config);
    // At most two confirmations per address a day, whoever sends the form; the team's e-mail always goes.
    const { emails, held } = await withinReceiptLimit(composed, { store: env.RATE_LIMIT, salt, submissionId, nowMs: Date.now(), perAddress: receiptsPerAddressFrom(env.RECEIPTS_PER_ADDRESS) });

    // 5. Seal the team's e-mail and deliver, the team's first; what Resend cannot take now waits in the outbox.
    const submittedAt = new Date().toISOString();
    const tally: Tally = { month: monthOf(submittedAt), form: form.name, ...form.tally(result.value) };
    const departure = await deliverOrQueue(
      { form: form.name, reference, submittedAt, emails, tally },
      {
        send: resendSender(mail.config),
        security: await teamMailSecurity(env, new Date()),
        salt,
        versions: sentVersionsIn(env.RATE_LIMIT),
        outbox: env.OUTBOX,
        deadLetters: env.DEAD_LETTERS,
        schedule: retryDelaysFrom(env.OUTBOX_RETRY_DELAYS),
      },
    );

    // 6. Answer: sent, safe in the outbox, or (only when the queue refused too) not sent.
    if (departure.how === 'failed') {
      log({ ref: reference, outcome: departure.outcome, status: 503, detail: departure.detail });
      return refuseWith({ status: 503, message: 'unavailable' });
    }
    // Counted in the background (D1 being slow or down never delays or fails her answer), once:
    // a double submit or a correction of a sign-up that is there already counts nothing.
    if (departure.how === 'sent' && departure.firstTime) await countInBackground(background, countingDatabase(env), tally, 'delivered');
    const status = departure.how === 'queued' && visit.kind === 'json' ? 202 : sentStatus;
    log({ ref: reference, outcome: departure.outcome, status, detail: held ? `${departure.detail}; receipt held: the address had its confirmations for today` : departure.detail });
    return accepted(visit, reference, departure.how);
  }

  return async (request, env, background) => {
    if (request.method === 'POST') return submit(request, env, background);
    const t = translatorFor(new URL(request.url).searchParams.get('lang'));
    return new Response(t('error.method'), {
      status: 405,
      headers: { ...workerSecurityHeaders, Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' },
    });
  };
}
