import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
// zod/mini: the same rules as zod, a quarter of the size in the Worker's bundle.
import * as z from 'zod/mini';
import type { Translate } from '../i18n/useTranslations';
import { cleanText } from './sanitize';

/** The outcome of checking a form's answers: a normalised value, or one message per field. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** A checkbox or yes/no answer as a form or a JSON caller sends it: `yes`, `true`, `on`, `1` or `true`. */
export const truthy = (value: unknown): boolean =>
  value === true || (typeof value === 'string' && ['yes', 'true', 'on', '1'].includes(value.toLowerCase()));

/** A phone number as libphonenumber reads it, Dutch when it has no country code. */
export const phoneNumber = (value: string) => parsePhoneNumberFromString(value, 'NL');

/** Whether a phone number is one libphonenumber accepts (Dutch by default). */
export const isPhoneNumber = (value: string): boolean => phoneNumber(value)?.isValid() === true;

/**
 * The field rules both forms are made of, each message in the visitor's language: every text is
 * cleaned (`cleanText`) before it is checked.
 */
export function fieldRules(t: Translate) {
  const tooLong = (max: number) => t('error.tooLong', { max });
  const cleaned = () => z.transform((value: unknown) => cleanText(value));
  return {
    /** A text she must give, at most `max` characters. */
    requiredText: (message: string, max: number) =>
      z.pipe(cleaned(), z.string().check(z.minLength(1, message), z.maxLength(max, tooLong(max)))),
    /** A text she may leave empty (then undefined), at most `max` characters. */
    optionalText: (max: number, multiline = false) =>
      z.pipe(z.transform((value: unknown) => cleanText(value, { multiline }) || undefined), z.optional(z.string().check(z.maxLength(max, tooLong(max))))),
    /** One of `values`. */
    choice: <const Values extends readonly [string, ...string[]]>(values: Values, message: string) => z.pipe(cleaned(), z.enum(values, message)),
    /** A box that must be ticked. */
    required: (message: string) => z.pipe(z.transform(truthy), z.literal(true, message)),
    /** A box she may tick. */
    flag: () => z.pipe(z.transform(truthy), z.boolean()),
  };
}

/**
 * The form's result from zod's check and the rules that compare answers: the first message per
 * field, zod's before the comparisons', in the page order of `fields`; or `value(data)` when
 * nothing is wrong.
 */
export function formResult<Data, Value>(
  fields: readonly string[],
  checked: { success: true; data: Data } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } },
  comparisons: Readonly<Record<string, string | undefined>>,
  value: (data: Data) => Value,
): FormResult<Value> {
  const errors: Record<string, string> = {};
  for (const issue of checked.success ? [] : checked.error.issues) errors[String(issue.path[0])] ??= issue.message;
  for (const [field, message] of Object.entries(comparisons)) if (message) errors[field] ??= message;
  if (!checked.success || Object.keys(errors).length > 0) {
    return { ok: false, errors: Object.fromEntries(fields.filter((field) => errors[field]).map((field) => [field, errors[field]!])) };
  }
  return { ok: true, value: value(checked.data) };
}
