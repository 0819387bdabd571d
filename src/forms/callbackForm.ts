import { parseCallback, type CallbackRequest } from './callback';
import type { FormDefinition } from './formDefinition';
import { callbackReceipt, callbackTeamEmail } from '../mail/callbackEmails';

/** The callback request on /{nl,en}/verwijzers/, handled by /api/callback. */
export const callbackForm: FormDefinition<CallbackRequest> = {
  name: 'callback',
  pageSlug: 'verwijzers',
  thanksSlug: 'verwijzers/bedankt',
  receivedSlug: 'verwijzers/ontvangen',
  pageLocales: ['nl', 'en'],
  inboxSetting: 'CALLBACK_INBOX',
  messageKeys: {
    unavailable: 'callbackError.unavailable',
    offline: 'callbackError.offline',
    rateLimited: 'callbackError.rateLimited',
    crossSite: 'callbackError.crossSite',
  },
  parse: (answers) => parseCallback(answers),
  anchors: { referrerRole: 'field-referrerRole-midwife', callLanguage: 'field-callLanguage-nl', leaveMessage: 'field-leaveMessage-yes' },
  emails: (request, meta) => ({ team: callbackTeamEmail(request, meta), receipt: callbackReceipt(request, meta) }),
};
