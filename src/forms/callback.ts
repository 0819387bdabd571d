import * as z from 'zod/mini';
import { isLocale } from '../i18n/locales';
import { useTranslations, type Translate } from '../i18n/useTranslations';
import type { CallbackRequest, ReferrerRole } from '../mail/callbackEmails';
import { fieldRules, formResult, isPhoneNumber, phoneNumber, type FormResult } from './fields';
import type { FormMessageKeys } from './formMessages';
import { cleanText } from './sanitize';

/** The callback form's fields in page order: their names are the API (see README). */
export const callbackFields = [
  'referrerName',
  'referrerOrganisation',
  'referrerRole',
  'referrerEmail',
  'referrerPhone',
  'motherName',
  'motherPhone',
  'callLanguage',
  'callLanguageOther',
  'bestTime',
  'leaveMessage',
  'note',
  'consent',
] as const;

/** What a referrer can be, in page order. */
export const referrerRoles = ['midwife', 'gp', 'youthNurse', 'socialWorker', 'other'] as const satisfies readonly ReferrerRole[];
/** The callback form speaks to professionals: its own, formal wording of some messages, on the page and from the Worker. */
export const callbackMessageKeys: FormMessageKeys = {
  unavailable: 'callbackError.unavailable',
  offline: 'callbackError.offline',
  rateLimited: 'callbackError.rateLimited',
  crossSite: 'callbackError.crossSite',
};

export const callbackMaxLengths = { name: 100, organisation: 120, phone: 30, email: 254, language: 60, bestTime: 120, note: 500 } as const;

/** Checks a callback request, every message in the language of `t` (by default the `lang` the referrer sent). */
export function parseCallback(raw: Record<string, unknown>, t: Translate = useTranslations(isLocale(raw.lang) ? raw.lang : undefined)): FormResult<CallbackRequest> {
  const { requiredText, optionalText, choice, required } = fieldRules(t);
  const validPhone = (value: string | undefined) => !value || isPhoneNumber(value);
  const schema = z.object({
    referrerName: requiredText(t('error.referrerName.required'), callbackMaxLengths.name),
    referrerOrganisation: requiredText(t('error.referrerOrganisation.required'), callbackMaxLengths.organisation),
    referrerRole: choice(referrerRoles, t('error.referrerRole.required')),
    referrerEmail: requiredText(t('error.referrerEmail.required'), callbackMaxLengths.email).check(
      z.refine((value) => value === '' || z.email().safeParse(value).success, t('error.referrerEmail.required')),
    ),
    referrerPhone: optionalText(callbackMaxLengths.phone).check(z.refine(validPhone, t('error.phone.invalid'))),
    motherName: requiredText(t('error.motherName.required'), callbackMaxLengths.name),
    motherPhone: requiredText(t('error.motherPhone.required'), callbackMaxLengths.phone).check(z.refine(validPhone, t('error.phone.invalid'))),
    callLanguage: requiredText(t('error.callLanguage.required'), callbackMaxLengths.language),
    callLanguageOther: optionalText(callbackMaxLengths.language),
    bestTime: optionalText(callbackMaxLengths.bestTime),
    leaveMessage: choice(['yes', 'no'], t('error.leaveMessage.required')),
    note: optionalText(callbackMaxLengths.note, true),
    consent: required(t('error.callbackConsent.required')),
  });
  const comparisons = {
    callLanguageOther: cleanText(raw.callLanguage) === 'other' && !cleanText(raw.callLanguageOther) ? t('error.talkLanguageOther.required') : undefined,
  };
  return formResult(callbackFields, schema.safeParse(raw), comparisons, (form): CallbackRequest => ({
    lang: t.lang,
    referrerName: form.referrerName,
    referrerOrganisation: form.referrerOrganisation,
    referrerRole: form.referrerRole,
    referrerEmail: form.referrerEmail,
    ...(form.referrerPhone ? { referrerPhone: phoneNumber(form.referrerPhone)!.number } : {}),
    motherName: form.motherName,
    motherPhone: phoneNumber(form.motherPhone)!.number,
    callLanguage: form.callLanguage === 'other' ? form.callLanguageOther! : form.callLanguage,
    ...(form.bestTime ? { bestTime: form.bestTime } : {}),
    leaveMessage: form.leaveMessage === 'yes',
    ...(form.note ? { note: form.note } : {}),
  }));
}
