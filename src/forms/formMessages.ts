import type { TranslationKey } from '../i18n/translations';

/**
 * Messages about the whole submission (not one field), pre-rendered hidden in the form page in
 * its language; the Worker or the page's script shows the one that applies.
 */
export const formMessages = ['unavailable', 'offline', 'rateLimited', 'crossSite', 'tooLarge', 'contentType', 'checkAgain'] as const;
export type FormMessage = (typeof formMessages)[number];

/** A form's own wording of some messages (the callback form speaks to professionals, formally). */
export type FormMessageKeys = Readonly<Partial<Record<FormMessage, TranslationKey>>>;

/** The translation key of a message: the form's own wording, or the shared one (`error.<message>`). */
export function messageKeyFor(message: FormMessage, own: FormMessageKeys = {}): TranslationKey {
  return own[message] ?? (`error.${message}` as TranslationKey);
}
