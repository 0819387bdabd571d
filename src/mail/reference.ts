/**
 * A short reference for a submission, the same for every retry of it: "HJ-" and eight characters
 * from a SHA-256 of the submission id, in an alphabet without look-alikes (no 0/O, 1/I).
 */
export async function referenceFor(submissionId: string): Promise<string> {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(submissionId)));
  return `HJ-${[...digest.slice(0, 8)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/**
 * The submission id when the page sent none (JavaScript off): derived from the answers, so the
 * same form posted twice (a double click, a reload) is one submission.
 */
export async function derivedSubmissionId(answers: Record<string, unknown>): Promise<string> {
  const canonical = JSON.stringify(Object.keys(answers).sort().map((key) => [key, answers[key]]));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)));
  return `derived-${[...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
