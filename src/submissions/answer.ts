import { type FormMessage, messageKeyFor } from '../forms/formMessages';
import { workerSecurityHeaders, jsonResponse } from '../http/responses';
import { localizedPath } from '../i18n/paths';
import type { Translate } from '../i18n/useTranslations';
import type { SubmissionBindings } from './bindings';
import type { BodyKind } from './requestBody';
import { rerenderFormPage } from './rerenderForm';
import type { SubmittedForm } from './submittedForm';

/** The answer to a form post that could not be accepted, in the visitor's language. */
export interface Refusal {
  status: number;
  /** A field-by-field answer (422), or one message about the whole submission. */
  errors?: Record<string, string>;
  message?: FormMessage;
  headers?: Record<string, string>;
}

/** One post as the path knows it so far: what it answers with, and in which language. */
export interface Visit {
  request: Request;
  form: SubmittedForm<unknown>;
  kind: BodyKind | undefined;
  t: Translate;
  /** Her answers as posted (empty until the body is read): a refused form page shows them again. */
  answers: Record<string, unknown>;
  teamPhone: string;
}

/**
 * Refuses a submission: JSON callers get `{errors}` or `{error}`; a browser's form post gets the
 * form page again with her answers kept and the problem shown, with the same status.
 */
export async function refuse(refusal: Refusal, visit: Visit, assets: SubmissionBindings['ASSETS']): Promise<Response> {
  const { request, kind, t, answers, form } = visit;
  const headers = { ...refusal.headers };
  if (kind !== 'form') {
    const body = refusal.errors
      ? { errors: refusal.errors }
      : { error: refusal.message ?? 'error', message: refusal.message ? t(messageKeyFor(refusal.message, form.messageKeys), { phone: visit.teamPhone }) : '' };
    return jsonResponse(body, { status: refusal.status, headers });
  }
  const page = await assets.fetch(new URL(localizedPath(t.lang, form.pageSlug), request.url));
  const rewritten = rerenderFormPage(page, t, {
    answers,
    anchors: form.anchors,
    ...(form.showAnswers ? { decorate: form.showAnswers } : {}),
    ...(refusal.errors ? { errors: refusal.errors } : {}),
    ...(refusal.message ? { message: refusal.message } : {}),
  });
  return pageAnswer(rewritten, refusal.status, headers);
}

/**
 * A built page rewritten for this one visitor, as the Worker's answer: never cached, with the
 * Worker's security headers except the page's own static CSP (its hashes allow the page's inline
 * styles).
 */
export function pageAnswer(rewritten: Response, status: number, headers: Record<string, string> = {}): Response {
  const response = new Response(rewritten.body, { status, headers: rewritten.headers });
  for (const [name, value] of Object.entries({ ...workerSecurityHeaders, ...headers })) {
    if (name !== 'Content-Security-Policy' || !response.headers.has(name)) response.headers.set(name, value);
  }
  response.headers.set('Content-Type', 'text/html; charset=utf-8');
  return response;
}

/**
 * Success. `sent`: the team's e-mail was accepted; a browser goes to the thank-you page (303,
 * reference in the query), JSON gets `200 {ok, ref}`. `queued`: it waits safely in the outbox; a
 * browser goes to the "received" page that says it can take a few hours, JSON gets
 * `202 {ok, ref, queued: true}`.
 */
export function accepted(visit: Pick<Visit, 'kind' | 't' | 'form'>, reference: string, how: 'sent' | 'queued' = 'sent'): Response {
  if (visit.kind === 'json') return how === 'sent' ? jsonResponse({ ok: true, ref: reference }) : jsonResponse({ ok: true, ref: reference, queued: true }, { status: 202 });
  const slug = how === 'sent' ? visit.form.thanksSlug : visit.form.receivedSlug;
  return new Response(null, {
    status: 303,
    headers: { ...workerSecurityHeaders, Location: `${localizedPath(visit.t.lang, slug)}?ref=${reference}` },
  });
}
