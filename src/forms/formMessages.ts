/**
 * Messages about the whole submission (not one field), pre-rendered hidden in the form page in
 * its language; the function or the page's script shows the one that applies.
 */
export const formMessages = ['unavailable', 'offline', 'rateLimited', 'crossSite', 'tooLarge', 'contentType', 'checkAgain'] as const;
export type FormMessage = (typeof formMessages)[number];
