/** A field no person can see or reach (the page hides it): only a bot fills it in. */
export const honeypotField = 'website';
/** The time she spent on the page before sending, measured by the page itself (not a clock time). */
export const elapsedField = 'elapsedMs';
/** Set on the form shown again after a too-fast send: a person who sends it again is let through. */
export const checkedAgainField = 'checkedAgain';
/** Faster than this from opening the page to sending is not a person (known only with JavaScript on). */
export const minimumFillMs = 3000;

/** Fields the bot checks add to a form, never part of her answers. */
export const botCheckFields = [honeypotField, elapsedField, checkedAgainField, 'startedAt'] as const;

/**
 * What to do with a complete, valid submission: `drop` only when the hidden field was filled
 * (no person can), `checkAgain` when it was sent faster than a person fills a form (she gets the
 * form again with a short note and passes by sending it once more), otherwise `accept`.
 * Nothing depends on the phone's clock: the page measures how long it was open.
 */
export function screenSubmission(answers: Record<string, unknown>): 'accept' | 'checkAgain' | 'drop' {
  const honeypot = answers[honeypotField];
  if (typeof honeypot === 'string' && honeypot !== '') return 'drop';
  if (answers[checkedAgainField] === 'yes') return 'accept';
  const raw = answers[elapsedField];
  const elapsed = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : typeof raw === 'number' ? raw : Number.NaN;
  return Number.isFinite(elapsed) && elapsed >= 0 && elapsed < minimumFillMs ? 'checkAgain' : 'accept';
}
