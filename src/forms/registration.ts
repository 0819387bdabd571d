import * as z from 'zod/mini';
import { routeValues } from '../content/practices';
import { talkTopicIds } from '../content/topics';
import { villageIds } from '../content/villages';
import { isLocale } from '../i18n/locales';
import { useTranslations, type Translate } from '../i18n/useTranslations';
import type { ContactMethod, Registration } from '../mail/registrationEmails';
import { fieldRules, formResult, isPhoneNumber, phoneNumber, truthy, type FormResult } from './fields';
import { cleanText } from './sanitize';
import { parseSelfCheck, type SelfCheckAnswers } from './selfCheck';

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
  'route',
  'routeOther',
  'topics',
  'message',
  'selfCheckShare',
  'consent',
] as const;
export type RegistrationField = (typeof registrationFields)[number];

/** Longest accepted answer per text field, in characters. */
export const maxLengths = {
  name: 100,
  phone: 30,
  email: 254,
  talkLanguageOther: 60,
  routeOther: 100,
  message: 1000,
} as const;

/** Fields that may be posted more than once, one value each time: her topics. */
export const registrationListFields = ['topics'] as const;

/** The ways she can choose to be contacted, in page order. */
export const contactMethods = ['call', 'whatsapp', 'sms', 'email'] as const satisfies readonly ContactMethod[];

/** How far ahead a due date may lie: a pregnancy lasts about 10 months. */
const maxDaysAhead = 300;

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

function schemaFor(t: Translate) {
  const { requiredText, optionalText, choice, required, flag } = fieldRules(t);
  return z.object({
    name: requiredText(t('error.name.required'), maxLengths.name),
    phone: optionalText(maxLengths.phone).check(z.refine((phone) => phone === undefined || isPhoneNumber(phone), t('error.phone.invalid'))),
    email: optionalText(maxLengths.email).check(
      z.refine((email) => email === undefined || z.email().safeParse(email).success, t('error.email.invalid')),
    ),
    contactBy: choice(contactMethods, t('error.contactBy.required')),
    talkLanguage: requiredText(t('error.talkLanguage.required'), maxLengths.talkLanguageOther),
    talkLanguageOther: optionalText(maxLengths.talkLanguageOther),
    babyBorn: flag(),
    village: choice([...villageIds, 'elsewhere'], t('error.village.required')),
    age: z.pipe(
      z.transform((value: unknown) => cleanText(value) || undefined),
      z.optional(z.pipe(z.string().check(z.regex(/^\d{1,2}$/, t('error.age.invalid'))), z.transform(Number))),
    ),
    // How she found us: an unknown or retired value is never an error for her; it counts as unknown.
    route: z.transform((value: unknown) => {
      const route = cleanText(value);
      return route === '' ? undefined : routeValues().includes(route) ? route : 'unknown';
    }),
    routeOther: optionalText(maxLengths.routeOther),
    topics: z.pipe(
      z.transform((value: unknown) => [...new Set((Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value]).map((id) => cleanText(id)))]),
      z.array(z.enum(talkTopicIds, t('error.topics.unknown'))),
    ),
    selfCheckShare: flag(),
    message: optionalText(maxLengths.message, true),
    consent: required(t('error.consent.required')),
  });
}

/**
 * The rules that compare answers (phone or e-mail, the date against today). They run on every
 * submit, also when single fields are wrong, so she sees all problems at once, not in rounds.
 */
function crossFieldErrors(raw: Record<string, unknown>, date: { value: string; entered: boolean }, selfCheck: FormResult<SelfCheckAnswers> | undefined, t: Translate, today: string) {
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
  if (selfCheck && !selfCheck.ok) errors.selfCheckShare = t('error.selfCheck.unreadable');
  return errors;
}

/**
 * Validates a sign-up as posted by the form or by another system, every message in the language
 * of `t` (by default the `lang` she sent). `today` (YYYY-MM-DD) is passed in so the rules can be
 * tested on any date.
 */
export function parseRegistration(raw: Record<string, unknown>, today: string, t: Translate = useTranslations(isLocale(raw.lang) ? raw.lang : undefined)): FormResult<Registration> {
  const date = composeDate(raw);
  // Her self-check answers travel only when she ticks the box that sends them along.
  const selfCheck = truthy(raw.selfCheckShare) ? parseSelfCheck(raw, t) : undefined;
  return formResult(registrationFields, schemaFor(t).safeParse(raw), crossFieldErrors(raw, date, selfCheck, t, today), (form): Registration => {
    const phone = form.phone ? phoneNumber(form.phone)!.number : undefined;
    return {
      lang: t.lang,
      name: form.name,
      ...(phone ? { phone } : {}),
      ...(form.email ? { email: form.email } : {}),
      contactBy: form.contactBy,
      talkLanguage: form.talkLanguage === 'other' ? form.talkLanguageOther! : form.talkLanguage,
      dueDate: date.value,
      babyBorn: form.babyBorn,
      village: form.village,
      ...(form.age !== undefined ? { age: form.age } : {}),
      ...(form.route ? { route: form.route } : {}),
      // Her own words only with "other": for the team's eyes, never counted.
      ...(form.route === 'other' && form.routeOther ? { routeOther: form.routeOther } : {}),
      ...(form.topics.length > 0 ? { topics: form.topics } : {}),
      ...(form.message ? { message: form.message } : {}),
      ...(selfCheck?.ok ? { selfCheck: selfCheck.value.scores } : {}),
    };
  });
}
