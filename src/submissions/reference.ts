import { botCheckFields } from '../forms/botCheck';
import { cleanText } from '../forms/sanitize';
import { sha256Of, sha256Hex } from '../utils/hash';

/**
 * A short reference for a submission, the same for every retry of it: "HJ-" and eight characters
 * from a SHA-256 of the submission id, in an alphabet without look-alikes (no 0/O, 1/I).
 */
export function referenceFor(submissionId: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `HJ-${[...sha256Of(submissionId).slice(0, 8)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/**
 * The submission id when the page sent none (JavaScript off): derived from the answers, so the
 * same form posted twice (a double click, a reload) is one submission.
 */
export function derivedSubmissionId(answers: Record<string, unknown>): string {
  return `derived-${sha256Hex(JSON.stringify(Object.keys(answers).sort().map((key) => [key, answers[key]])))}`;
}

/**
 * The submission's id: the one the page made (a UUID, at most 100 characters), or one derived from
 * her answers without the bot checks' fields.
 */
export function submissionIdOf(answers: Record<string, unknown>): string {
  const answered = Object.entries(answers).filter(([name]) => !(botCheckFields as readonly string[]).includes(name));
  return cleanText(answers.submissionId).slice(0, 100) || derivedSubmissionId(Object.fromEntries(answered));
}
