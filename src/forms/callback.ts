import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import * as z from 'zod/mini';
import type { FormResult } from './formDefinition';
import { cleanText } from './sanitize';
import { isLocale, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/useTranslations';

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

export const referrerRoles = ['midwife', 'gp', 'youthNurse', 'socialWorker', 'other'] as const;
export const callbackMaxLengths = { name: 100, organisation: 120, phone: 30, email: 254, language: 60, bestTime: 120, note: 500 } as const;

/** A valid callback request, normalised: what the e-mails are made of. */
export interface CallbackRequest {
  lang: Locale;
  referrerName: string;
  referrerOrganisation: string;
  referrerRole: (typeof referrerRoles)[number];
  referrerEmail: string;
  /** E.164 */
  referrerPhone?: string;
  motherName: string;
  /** E.164 */
  motherPhone: string;
  /** A site language code, or the language in words. */
  callLanguage: string;
  bestTime?: string;
  leaveMessage: boolean;
  note?: string;
}

const truthy = (value: unknown) => value === true || (typeof value === 'string' && ['yes', 'true', 'on', '1'].includes(value.toLowerCase()));
const e164 = (phone: string) => parsePhoneNumberFromString(phone, 'NL');

/** Checks a callback request, every message in the referrer's page language. */
export function parseCallback(raw: Record<string, unknown>): FormResult<CallbackRequest> {
  const lang = isLocale(raw.lang) ? raw.lang : 'nl';
  const t = useTranslations(lang);
  const tooLong = (max: number) => t('error.tooLong', { max });
  const requiredText = (message: string, max: number) =>
    z.pipe(z.transform((value: unknown) => cleanText(value)), z.string().check(z.minLength(1, message), z.maxLength(max, tooLong(max))));
  const optionalText = (max: number, multiline = false) =>
    z.pipe(z.transform((value: unknown) => cleanText(value, { multiline }) || undefined), z.optional(z.string().check(z.maxLength(max, tooLong(max)))));
  const validPhone = (value: string | undefined) => !value || e164(value)?.isValid() === true;
  const schema = z.object({
    referrerName: requiredText(t('error.referrerName.required'), callbackMaxLengths.name),
    referrerOrganisation: requiredText(t('error.referrerOrganisation.required'), callbackMaxLengths.organisation),
    referrerRole: z.pipe(z.transform((value: unknown) => cleanText(value)), z.enum(referrerRoles, t('error.referrerRole.required'))),
    referrerEmail: requiredText(t('error.referrerEmail.required'), callbackMaxLengths.email).check(
      z.refine((value) => value === '' || z.email().safeParse(value).success, t('error.referrerEmail.required')),
    ),
    referrerPhone: optionalText(callbackMaxLengths.phone).check(z.refine(validPhone, t('error.phone.invalid'))),
    motherName: requiredText(t('error.motherName.required'), callbackMaxLengths.name),
    motherPhone: requiredText(t('error.motherPhone.required'), callbackMaxLengths.phone).check(z.refine(validPhone, t('error.phone.invalid'))),
    callLanguage: requiredText(t('error.callLanguage.required'), callbackMaxLengths.language),
    callLanguageOther: optionalText(callbackMaxLengths.language),
    bestTime: optionalText(callbackMaxLengths.bestTime),
    leaveMessage: z.pipe(z.transform((value: unknown) => cleanText(value)), z.enum(['yes', 'no'], t('error.leaveMessage.required'))),
    note: optionalText(callbackMaxLengths.note, true),
    consent: z.pipe(z.transform(truthy), z.literal(true, t('error.callbackConsent.required'))),
  });
  const result = schema.safeParse(raw);
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  if (cleanText(raw.callLanguage) === 'other' && !cleanText(raw.callLanguageOther)) {
    errors.callLanguageOther ??= t('error.talkLanguageOther.required');
  }
  if (!result.success || Object.keys(errors).length > 0) {
    return { ok: false, errors: Object.fromEntries(callbackFields.filter((field) => errors[field]).map((field) => [field, errors[field]!])) };
  }
  const form = result.data;
  return {
    ok: true,
    value: {
      lang,
      referrerName: form.referrerName,
      referrerOrganisation: form.referrerOrganisation,
      referrerRole: form.referrerRole,
      referrerEmail: form.referrerEmail,
      ...(form.referrerPhone ? { referrerPhone: e164(form.referrerPhone)!.number } : {}),
      motherName: form.motherName,
      motherPhone: e164(form.motherPhone)!.number,
      callLanguage: form.callLanguage === 'other' ? form.callLanguageOther! : form.callLanguage,
      ...(form.bestTime ? { bestTime: form.bestTime } : {}),
      leaveMessage: form.leaveMessage === 'yes',
      ...(form.note ? { note: form.note } : {}),
    },
  };
}
