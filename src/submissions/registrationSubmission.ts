import { parseRegistration } from '../forms/registration';
import { localeCodes } from '../i18n/locales';
import { confirmationEmail, teamEmail, type Registration } from '../mail/registrationEmails';
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
  anchors: { contactBy: 'field-contactBy-call', talkLanguage: 'field-talkLanguage-nl', dueDate: 'field-dueDate-day' },
  emails(registration, meta) {
    return {
      team: teamEmail(registration, meta),
      ...(registration.email ? { receipt: confirmationEmail({ ...registration, email: registration.email }, meta) } : {}),
    };
  },
};
