/**
 * Whether a request comes from another site: browsers send `Origin` and `Sec-Fetch-Site` with a
 * form post or fetch; other systems posting to the API send neither and are let through.
 */
export function isCrossSite(request: Request): boolean {
  const origin = request.headers.get('Origin');
  if (origin !== null && origin !== new URL(request.url).origin) return true;
  const site = request.headers.get('Sec-Fetch-Site');
  return site !== null && site !== 'same-origin' && site !== 'none';
}

/** The fields a person never fills in: a bot that does is dropped without telling it so. */
export const honeypotField = 'website';
/** Faster than this from page load to submit is not a person (only known with JavaScript on). */
export const minimumFillMs = 3000;

/** Whether answers look like a bot: the honeypot filled in, or submitted faster than a person can. */
export function looksLikeBot(answers: Record<string, unknown>, now: number): boolean {
  if (typeof answers[honeypotField] === 'string' && answers[honeypotField] !== '') return true;
  const startedAt = Number(answers.startedAt);
  return Number.isFinite(startedAt) && startedAt > 0 && now - startedAt < minimumFillMs;
}
