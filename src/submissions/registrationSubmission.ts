import { talkTopicIds } from '../content/topics';
import { parseRegistration, registrationListFields } from '../forms/registration';
import { localeCodes } from '../i18n/locales';
import { confirmationEmail, teamEmail, type Registration } from '../mail/registrationEmails';
import { showSelfCheckOnSignUp } from './selfCheckPages';
import type { SubmittedForm } from './submittedForm';

/** The sign-up at /{lang}/aanmelden/, handled by /api/register. */
export const registrationSubmission: SubmittedForm<Registration> = {
  name: 'registration',
  pageSlug: 'aanmelden',
  thanksSlug: 'aanmelden/bedankt',
  receivedSlug: 'aanmelden/ontvangen',
  pageLocales: localeCodes,
  inboxSetting: 'REGISTRATION_INBOX',
  parse: parseRegistration,
  listFields: registrationListFields,
  showAnswers: showSelfCheckOnSignUp,
  anchors: { contactBy: 'field-contactBy-call', talkLanguage: 'field-talkLanguage-nl', dueDate: 'field-dueDate-day', topics: `field-topics-${talkTopicIds[0]}` },
  emails(registration, meta) {
    return {
      team: teamEmail(registration, meta),
      ...(registration.email ? { receipt: confirmationEmail({ ...registration, email: registration.email }, meta) } : {}),
    };
  },
  tally: (registration) => ({ lang: registration.lang, village: registration.village, route: registration.route ?? 'unknown' }),
};
