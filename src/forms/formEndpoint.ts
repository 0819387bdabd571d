import contacts from '../../content/data/contacts.json' with { type: 'json' };
import type { FormDefinition } from './formDefinition';
import { cleanText } from './sanitize';
import { type FunctionEnv, logOutcome } from '../http/env';
import { accepted, refuse } from '../http/formResponses';
import { functionSecurityHeaders } from '../http/functionHeaders';
import { checkRateLimit, submissionRateLimit } from '../http/rateLimit';
import { bodyKindOf, parseAnswers, readLimitedText } from '../http/readBody';
import { isCrossSite, looksLikeBot } from '../http/requestGuards';
import { defaultLocale, isLocale } from '../i18n/locales';
import { useTranslations } from '../i18n/useTranslations';
import { readMailConfig } from '../mail/config';
import { derivedSubmissionId, referenceFor } from '../mail/reference';
import { resendSender } from '../mail/resendSender';
import { sendExactlyOnce } from '../mail/sendPolicy';

const team = contacts.find((contact) => contact.id === 'team')!;
const teamContact = { phone: team.phone ?? '', email: team.email ?? '' };

/**
 * The Pages Function for one form. Reads top to bottom: guard the request, parse the answers,
 * validate with the form's shared rules, compose and send (the team's e-mail must be accepted
 * before she is told it was sent), answer in the visitor's language.
 */
export function formEndpoint<T>(form: FormDefinition<T>): PagesFunction<FunctionEnv> {
  const translatorFor = (lang: unknown) =>
    useTranslations(isLocale(lang) && form.pageLocales.includes(lang) ? lang : defaultLocale);

  async function submit(request: Request, env: FunctionEnv): Promise<Response> {
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

    // 3. Validate with the shared rules; only a complete submission can be a bot's.
    const submissionId = cleanText(answers.submissionId).slice(0, 100) || (await derivedSubmissionId({ ...answers, startedAt: undefined }));
    answers.submissionId = submissionId;
    const reference = await referenceFor(`${form.name}:${submissionId}`);
    const result = form.parse(answers, new Date().toISOString().slice(0, 10));
    if (!result.ok) {
      log({ ref: reference, outcome: 'invalid', status: 422, detail: Object.keys(result.errors).join(',') });
      return refuse({ status: 422, errors: result.errors }, context());
    }
    if (looksLikeBot(answers, Date.now())) {
      log({ ref: reference, outcome: 'dropped-bot', status: kind === 'json' ? 200 : 303 });
      return accepted(kind, t, form, reference);
    }

    // 4. Compose and send, each e-mail exactly once.
    const config = readMailConfig(env as unknown as Record<string, unknown>, form.inboxSetting);
    if (!config.ok) {
      log({ ref: reference, outcome: 'misconfigured', status: 503, detail: `missing or invalid: ${config.problems.join(', ')}` });
      return refuse({ status: 503, message: 'unavailable' }, context());
    }
    const send = resendSender(config.config);
    const emails = form.emails(result.value, { reference, from: config.config.MAIL_FROM, inbox: config.config.inbox, team: teamContact });
    const toTeam = await sendExactlyOnce(send, emails.team, `${form.name}:${submissionId}:team`);
    if (!toTeam.ok) {
      log({ ref: reference, outcome: 'team-mail-failed', status: 503, detail: `${toTeam.error} after ${toTeam.attempts}` });
      return refuse({ status: 503, message: 'unavailable' }, context());
    }
    if (emails.receipt) {
      const receipt = await sendExactlyOnce(send, emails.receipt, `${form.name}:${submissionId}:receipt`);
      if (!receipt.ok) log({ ref: reference, outcome: 'receipt-failed', status: 200, detail: receipt.error });
    }

    // 5. Answer.
    log({ ref: reference, outcome: 'sent', status: kind === 'json' ? 200 : 303, detail: `attempts ${toTeam.attempts}` });
    return accepted(kind, t, form, reference);
  }

  return async ({ request, env }) => {
    if (request.method === 'POST') return submit(request, env);
    const t = translatorFor(new URL(request.url).searchParams.get('lang'));
    return new Response(t('error.method'), {
      status: 405,
      headers: { ...functionSecurityHeaders, Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' },
    });
  };
}
