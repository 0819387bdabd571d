import { callbackMessageKeys, parseCallback } from '../forms/callback';
import { callbackReceipt, callbackTeamEmail, type CallbackRequest } from '../mail/callbackEmails';
import type { SubmittedForm } from './submittedForm';

/** The callback request on /{nl,en}/verwijzers/, handled by /api/callback. */
export const callbackSubmission: SubmittedForm<CallbackRequest> = {
  name: 'callback',
  pageSlug: 'verwijzers',
  thanksSlug: 'verwijzers/bedankt',
  receivedSlug: 'verwijzers/ontvangen',
  pageLocales: ['nl', 'en'],
  inboxSetting: 'CALLBACK_INBOX',
  messageKeys: callbackMessageKeys,
  parse: (answers, _today, t) => parseCallback(answers, t),
  anchors: { referrerRole: 'field-referrerRole-midwife', callLanguage: 'field-callLanguage-nl', leaveMessage: 'field-leaveMessage-yes' },
  emails: (request, meta) => ({ team: callbackTeamEmail(request, meta), receipt: callbackReceipt(request, meta) }),
  // A referrer asks: the form has no village, and the route is the referrer.
  tally: (request) => ({ lang: request.lang, village: '-', route: 'referrer' }),
};
