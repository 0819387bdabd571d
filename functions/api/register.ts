import contacts from '../../content/data/contacts.json' with { type: 'json' };
import { parseRegistration } from '../../src/forms/registration';
import { cleanText } from '../../src/forms/sanitize';
import { type FunctionEnv, logOutcome } from '../../src/http/env';
import { accepted, refuse } from '../../src/http/formResponses';
import { functionSecurityHeaders } from '../../src/http/functionHeaders';
import { checkRateLimit, registrationRateLimit } from '../../src/http/rateLimit';
import { bodyKindOf, parseAnswers, readLimitedText } from '../../src/http/readBody';
import { isCrossSite, looksLikeBot } from '../../src/http/requestGuards';
import { isLocale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/useTranslations';
import { readMailConfig } from '../../src/mail/config';
import { derivedSubmissionId, referenceFor } from '../../src/mail/reference';
import { confirmationEmail, teamEmail } from '../../src/mail/registrationEmails';
import { resendSender } from '../../src/mail/resendSender';
import { sendExactlyOnce } from '../../src/mail/sendPolicy';

const team = contacts.find((contact) => contact.id === 'team')!;

/**
 * `POST /api/register`: a mother signs herself up. Field names and answers: see README.
 * Reads top to bottom: guard, parse, validate, compose and send, answer.
 */
async function register(request: Request, env: FunctionEnv): Promise<Response> {
  // 1. Guard the request.
  const queryLang = new URL(request.url).searchParams.get('lang');
  let t = useTranslations(queryLang ?? undefined);
  const kind = bodyKindOf(request);
  let answers: Record<string, unknown> = {};
  const context = () => ({ request, env, kind, t, answers, teamPhone: team.phone ?? '' });
  if (!kind) return refuse({ status: 415, message: 'contentType' }, context());
  if (isCrossSite(request)) return refuse({ status: 403, message: 'crossSite' }, context());
  const body = await readLimitedText(request);
  if (!body.ok) return refuse({ status: 413, message: 'tooLarge' }, context());

  // 2. Parse the answers, in her language.
  answers = parseAnswers(kind, body.text) ?? {};
  if (isLocale(answers.lang)) t = useTranslations(answers.lang);
  if (env.RATE_LIMIT) {
    const client = request.headers.get('CF-Connecting-IP') ?? 'unknown';
    const limit = await checkRateLimit(env.RATE_LIMIT, client, env.RATE_LIMIT_SALT ?? 'hallojij', registrationRateLimit, Date.now());
    if (!limit.allowed) {
      logOutcome({ outcome: 'rate-limited', status: 429 });
      return refuse({ status: 429, message: 'rateLimited', headers: { 'Retry-After': String(limit.retryAfterSeconds) } }, context());
    }
  }

  // 3. Validate with the shared rules.
  const submissionId = cleanText(answers.submissionId).slice(0, 100) || (await derivedSubmissionId({ ...answers, startedAt: undefined }));
  answers.submissionId = submissionId;
  const reference = await referenceFor(submissionId);
  const result = parseRegistration(answers, new Date().toISOString().slice(0, 10));
  if (!result.ok) {
    logOutcome({ ref: reference, outcome: 'invalid', status: 422, detail: Object.keys(result.errors).join(',') });
    return refuse({ status: 422, errors: result.errors }, context());
  }
  // Only a complete sign-up can be a bot's: a person who submits too early sees her errors.
  if (looksLikeBot(answers, Date.now())) {
    logOutcome({ ref: reference, outcome: 'dropped-bot', status: kind === 'json' ? 200 : 303 });
    return accepted(kind, t, reference);
  }

  // 4. Compose and send: the team's e-mail must be accepted before she is told it was sent.
  const config = readMailConfig(env as unknown as Record<string, unknown>);
  if (!config.ok) {
    logOutcome({ ref: reference, outcome: 'misconfigured', status: 503, detail: `missing or invalid: ${config.problems.join(', ')}` });
    return refuse({ status: 503, message: 'unavailable' }, context());
  }
  const send = resendSender(config.config);
  const meta = { reference, from: config.config.MAIL_FROM, inbox: config.config.REGISTRATION_INBOX };
  const toTeam = await sendExactlyOnce(send, teamEmail(result.registration, meta), `${submissionId}:team`);
  if (!toTeam.ok) {
    logOutcome({ ref: reference, outcome: 'team-mail-failed', status: 503, detail: `${toTeam.error} after ${toTeam.attempts}` });
    return refuse({ status: 503, message: 'unavailable' }, context());
  }
  const registration = result.registration;
  if (registration.email) {
    const email = confirmationEmail({ ...registration, email: registration.email }, { ...meta, team: { phone: team.phone ?? '', email: team.email ?? '' } });
    const toHer = await sendExactlyOnce(send, email, `${submissionId}:confirmation`);
    if (!toHer.ok) logOutcome({ ref: reference, outcome: 'confirmation-failed', status: 200, detail: toHer.error });
  }

  // 5. Answer.
  logOutcome({ ref: reference, outcome: 'sent', status: kind === 'json' ? 200 : 303, detail: `attempts ${toTeam.attempts}` });
  return accepted(kind, t, reference);
}

/** POST signs up; every other method gets 405 with the allowed method. */
export const onRequest: PagesFunction<FunctionEnv> = async ({ request, env }) => {
  if (request.method === 'POST') return register(request, env);
  const t = useTranslations(new URL(request.url).searchParams.get('lang') ?? undefined);
  return new Response(t('error.method'), {
    status: 405,
    headers: { ...functionSecurityHeaders, Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
