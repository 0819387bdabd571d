/** A field no person can see or reach (the page hides it): only a bot fills it in. */
export const honeypotField = 'website';
/** The time she spent on the page before sending, measured by the page itself (not a clock time). */
export const elapsedField = 'elapsedMs';
/** Set on the form shown again after a too-fast send: a person who sends it again is let through. */
export const checkedAgainField = 'checkedAgain';

/** Fields the bot checks add to a form, never part of her answers. */
export const botCheckFields = [honeypotField, elapsedField, checkedAgainField] as const;
