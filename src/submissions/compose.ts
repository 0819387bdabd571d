import type { MailConfig } from '../delivery/mailSettings';
import type { OutboxEmail } from '../delivery/outboxMessage';
import { teamContact } from '../content/team';
import type { SubmittedForm } from './submittedForm';

/**
 * A valid submission's e-mails, the team's first, each with the Idempotency-Key that every try of
 * it carries (`form:submissionId:team`, `…:receipt`): one e-mail however often it is tried.
 */
export function composeEmails<T>(form: SubmittedForm<T>, value: T, submission: { reference: string; submissionId: string }, mail: MailConfig): OutboxEmail[] {
  const composed = form.emails(value, { reference: submission.reference, from: mail.MAIL_FROM, inbox: mail.inbox, team: teamContact });
  const key = (role: OutboxEmail['role']) => `${form.name}:${submission.submissionId}:${role}`;
  return [
    { role: 'team', idempotencyKey: key('team'), message: composed.team },
    ...(composed.receipt ? [{ role: 'receipt' as const, idempotencyKey: key('receipt'), message: composed.receipt }] : []),
  ];
}
