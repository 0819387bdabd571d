import { parseSelfCheck, selfCheckFields } from '../forms/selfCheck';
import { workerSecurityHeaders } from '../http/responses';
import { defaultLocale, isLocale } from '../i18n/locales';
import { localizedPath } from '../i18n/paths';
import { useTranslations } from '../i18n/useTranslations';
import { scaleValues } from '../selfCheck/areas';
import { summarize } from '../selfCheck/summary';
import { logEvent } from '../utils/log';
import { pageAnswer } from './answer';
import type { SubmissionBindings } from './bindings';
import { bodyKindOf, parseAnswers, readLimitedText } from './requestBody';
import { rerenderFormPage } from './rerenderForm';
import { selfCheckResultPage, showSelfCheckOnSignUp } from './selfCheckPages';

/** Each question's error links to its first answer. */
const anchors = Object.fromEntries(selfCheckFields.map((field) => [field, `field-${field}-${scaleValues[0]}`]));

/**
 * `POST /api/self-check`: "Hoe gaat het met je?" answered without any script. It sends nothing
 * and keeps nothing: it draws her result page from the answers she posted (or the questions again,
 * her answers kept, with what is missing), and with `next=sign-up` the sign-up form with her
 * answers in it, her picture and the topics of her result ticked.
 */
export async function answerSelfCheck(request: Request, env: Pick<SubmissionBindings, 'ASSETS'>): Promise<Response> {
  const url = new URL(request.url);
  const queryLang = url.searchParams.get('lang');
  let t = useTranslations(isLocale(queryLang) ? queryLang : defaultLocale);
  const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
    new Response(text, { status, headers: { ...workerSecurityHeaders, ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  if (request.method !== 'POST') return plain(405, t('error.method'), { Allow: 'POST' });
  if (bodyKindOf(request) !== 'form') return plain(415, t('error.contentType'));
  const body = await readLimitedText(request);
  if (!body.ok) return plain(413, t('error.tooLarge'));

  const answers = parseAnswers('form', body.text) ?? {};
  if (isLocale(answers.lang)) t = useTranslations(answers.lang);
  const page = (slug: string) => env.ASSETS.fetch(new URL(localizedPath(t.lang, slug), request.url));
  const checked = parseSelfCheck(answers, t);
  const log = (outcome: string, status: number) => logEvent('self-check', { outcome, status });

  if (!checked.ok) {
    log('incomplete', 422);
    return pageAnswer(rerenderFormPage(await page('hoe-gaat-het'), t, { answers, anchors, errors: checked.errors }), 422);
  }
  if (answers.next === 'sign-up') {
    log('to-sign-up', 200);
    const carried = {
      ...Object.fromEntries(selfCheckFields.map((field) => [field, answers[field]])),
      selfCheckShare: 'yes',
      topics: summarize(checked.value.scores).talkTopics,
    };
    return pageAnswer(rerenderFormPage(await page('aanmelden'), t, { answers: carried, anchors: {}, decorate: showSelfCheckOnSignUp }), 200);
  }
  log('result', 200);
  return pageAnswer(selfCheckResultPage(await page('hoe-gaat-het/uitkomst'), t, checked.value), 200);
}
