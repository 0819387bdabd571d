import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
// zod/mini: the same rules as zod, a quarter of the size in the functions bundle.
import * as z from 'zod/mini';
import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import { useTranslations, type Translate } from '../i18n/useTranslations';
import { villageIds } from './villages';
import { cleanText } from './sanitize';

/** The sign-up form's fields in page order: their names are the API (see README). */
export const registrationFields = [
  'name',
  'phone',
  'email',
  'contactBy',
  'talkLanguage',
  'talkLanguageOther',
  'dueDate',
  'babyBorn',
  'village',
  'age',
  'midwife',
  'message',
  'consent',
] as const;
export type RegistrationField = (typeof registrationFields)[number];

/** Longest accepted answer per text field, in characters. */
export const maxLengths = {
  name: 100,
  phone: 30,
  email: 254,
  talkLanguageOther: 60,
  midwife: 100,
  message: 1000,
} as const;

export const contactMethods = ['call', 'whatsapp', 'sms', 'email'] as const;
export type ContactMethod = (typeof contactMethods)[number];

/** How far ahead a due date may lie: a pregnancy lasts about 10 months. */
const maxDaysAhead = 300;

/** A valid sign-up, normalised: what the e-mails are made of. */
export interface Registration {
  lang: Locale;
  name: string;
  /** E.164, e.g. +31612345678. */
  phone?: string;
  email?: string;
  contactBy: ContactMethod;
  /** A site language code, or the language she wrote in her own words. */
  talkLanguage: string;
  /** YYYY-MM-DD: the due date, or the birth date when `babyBorn`. */
  dueDate: string;
  babyBorn: boolean;
  /** A village id of gemeente Heusden, or "elsewhere". */
  village: string;
  age?: number;
  midwife?: string;
  message?: string;
}

export type RegistrationResult =
  | { ok: true; registration: Registration }
  | { ok: false; errors: Partial<Record<RegistrationField, string>> };

/** The date as YYYY-MM-DD from `dueDate`, or from the form's day, month and year fields. */
export function composeDate(raw: Record<string, unknown>): { value: string; entered: boolean } {
  const parts = ['day', 'month', 'year'].map((part) => cleanText(raw[`dueDate-${part}`]));
  if (parts.some(Boolean)) {
    const [day, month, year] = parts as [string, string, string];
    const valid = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year);
    return { value: valid ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : 'invalid', entered: true };
  }
  const value = cleanText(raw.dueDate);
  return { value, entered: value !== '' };
}

/** Whether a YYYY-MM-DD string is a date that exists (no 31 February). */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const truthy = (value: unknown) => value === true || (typeof value === 'string' && ['yes', 'true', 'on', '1'].includes(value.toLowerCase()));

function schemaFor(t: Translate) {
  const tooLong = (max: number) => t('error.tooLong', { max });
  const clean = () => z.transform((value: unknown) => cleanText(value));
  const optionalText = (max: number, multiline = false) =>
    z.pipe(z.transform((value: unknown) => cleanText(value, { multiline }) || undefined), z.optional(z.string().check(z.maxLength(max, tooLong(max)))));

  return z.object({
    name: z.pipe(clean(), z.string().check(z.minLength(1, t('error.name.required')), z.maxLength(maxLengths.name, tooLong(maxLengths.name)))),
    phone: optionalText(maxLengths.phone).check(
      z.refine((phone) => phone === undefined || parsePhoneNumberFromString(phone, 'NL')?.isValid() === true, t('error.phone.invalid')),
    ),
    email: optionalText(maxLengths.email).check(
      z.refine((email) => email === undefined || z.email().safeParse(email).success, t('error.email.invalid')),
    ),
    contactBy: z.pipe(clean(), z.enum(contactMethods, t('error.contactBy.required'))),
    talkLanguage: z.pipe(
      clean(),
      z.string().check(z.minLength(1, t('error.talkLanguage.required')), z.maxLength(maxLengths.talkLanguageOther, tooLong(maxLengths.talkLanguageOther))),
    ),
    talkLanguageOther: optionalText(maxLengths.talkLanguageOther),
    babyBorn: z.pipe(z.transform(truthy), z.boolean()),
    village: z.pipe(clean(), z.enum([...villageIds, 'elsewhere'], t('error.village.required'))),
    age: z.pipe(
      z.transform((value: unknown) => cleanText(value) || undefined),
      z.optional(z.pipe(z.string().check(z.regex(/^\d{1,2}$/, t('error.age.invalid'))), z.transform(Number))),
    ),
    midwife: optionalText(maxLengths.midwife),
    message: optionalText(maxLengths.message, true),
    consent: z.pipe(z.transform(truthy), z.literal(true, t('error.consent.required'))),
  });
}

/**
 * The rules that compare answers (phone or e-mail, the date against today). They run on every
 * submit, also when single fields are wrong, so she sees all problems at once, not in rounds.
 */
function crossFieldErrors(raw: Record<string, unknown>, date: { value: string; entered: boolean }, t: Translate, today: string) {
  const errors: Partial<Record<RegistrationField, string>> = {};
  const phone = cleanText(raw.phone);
  const email = cleanText(raw.email);
  const contactBy = cleanText(raw.contactBy);
  const babyBorn = truthy(raw.babyBorn);
  const daysFromToday = (value: string) => (Date.parse(`${value}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  if (!phone && !email) errors.phone = t('error.contact.required');
  else if (['call', 'whatsapp', 'sms'].includes(contactBy) && !phone) errors.phone = t('error.contactBy.needsPhone');
  else if (contactBy === 'email' && !email) errors.email = t('error.contactBy.needsEmail');
  if (cleanText(raw.talkLanguage) === 'other' && !cleanText(raw.talkLanguageOther)) errors.talkLanguageOther = t('error.talkLanguageOther.required');
  if (!date.entered) errors.dueDate = t('error.dueDate.required');
  else if (!isRealDate(date.value)) errors.dueDate = t('error.dueDate.invalid');
  else if (babyBorn && daysFromToday(date.value) > 0) errors.dueDate = t('error.birthDate.future');
  else if (!babyBorn && daysFromToday(date.value) < 0) errors.dueDate = t('error.dueDate.past');
  else if (!babyBorn && daysFromToday(date.value) > maxDaysAhead) errors.dueDate = t('error.dueDate.tooFar');
  return errors;
}

/**
 * Validates a sign-up as posted by the form or by another system, with every message in the
 * visitor's language. `today` (YYYY-MM-DD) is passed in so the rules can be tested on any date.
 */
export function parseRegistration(raw: Record<string, unknown>, today: string): RegistrationResult {
  const lang = isLocale(raw.lang) ? raw.lang : 'nl';
  const t = useTranslations(lang);
  const date = composeDate(raw);
  const result = schemaFor(t).safeParse(raw);
  const errors: Partial<Record<RegistrationField, string>> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path[0] as RegistrationField;
    if (registrationFields.includes(field)) errors[field] ??= issue.message;
  }
  for (const [field, message] of Object.entries(crossFieldErrors(raw, date, t, today))) {
    errors[field as RegistrationField] ??= message;
  }
  if (!result.success || Object.keys(errors).length > 0) {
    return { ok: false, errors: Object.fromEntries(registrationFields.filter((f) => errors[f]).map((f) => [f, errors[f]])) };
  }
  const form = result.data;
  const phone = form.phone ? parsePhoneNumberFromString(form.phone, 'NL')!.number : undefined;
  const talkLanguage = form.talkLanguage === 'other' ? form.talkLanguageOther! : form.talkLanguage;
  return {
    ok: true,
    registration: {
      lang,
      name: form.name,
      ...(phone ? { phone } : {}),
      ...(form.email ? { email: form.email } : {}),
      contactBy: form.contactBy,
      talkLanguage,
      dueDate: date.value,
      babyBorn: form.babyBorn,
      village: form.village,
      ...(form.age !== undefined ? { age: form.age } : {}),
      ...(form.midwife ? { midwife: form.midwife } : {}),
      ...(form.message ? { message: form.message } : {}),
    },
  };
}

/** The languages she can choose to talk in: the six site languages, or another. */
export const talkLanguageChoices = [...localeCodes, 'other'] as const;
