import type { FormDefinition } from './formDefinition';
import { parseRegistration, type Registration } from './registration';
import { localeCodes } from '../i18n/locales';
import { confirmationEmail, teamEmail } from '../mail/registrationEmails';

/** The sign-up at /{lang}/aanmelden/, handled by /api/register. */
export const registrationForm: FormDefinition<Registration> = {
  name: 'registration',
  pageSlug: 'aanmelden',
  thanksSlug: 'aanmelden/bedankt',
  receivedSlug: 'aanmelden/ontvangen',
  pageLocales: localeCodes,
  inboxSetting: 'REGISTRATION_INBOX',
  parse(answers, today) {
    const result = parseRegistration(answers, today);
    return result.ok ? { ok: true, value: result.registration } : { ok: false, errors: result.errors as Record<string, string> };
  },
  anchors: { contactBy: 'field-contactBy-call', talkLanguage: 'field-talkLanguage-nl', dueDate: 'field-dueDate-day' },
  emails(registration, meta) {
    return {
      team: teamEmail(registration, meta),
      ...(registration.email ? { receipt: confirmationEmail({ ...registration, email: registration.email }, meta) } : {}),
    };
  },
};
