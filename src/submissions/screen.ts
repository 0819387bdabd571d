import { checkedAgainField, elapsedField, honeypotField } from '../forms/botCheck';

/** Faster than this from opening the page to sending is not a person (known only with JavaScript on). */
export const minimumFillMs = 3000;

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
