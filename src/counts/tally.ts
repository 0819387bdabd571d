import * as z from 'zod/mini';

/**
 * What the evaluation may know of one submission (issue 23): the month, the form, the page's
 * language, the village, how she found Hallo jij! (a practice id or a route) and nothing else.
 * No name, address, reference, time finer than the month, or hash of anything she typed.
 */
export const tallySchema = z.object({
  /** YYYY-MM, by the server's clock. */
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  /** `registration`, `callback`, or `scan` (a practice's QR code or link). */
  form: z.string().check(z.regex(/^[a-z]{1,20}$/)),
  lang: z.string().check(z.regex(/^[a-z-]{1,10}$/)),
  /** A village id, `elsewhere`, or `-` where the form does not ask. */
  village: z.string().check(z.regex(/^[a-z-]{1,30}$/)),
  /** A practice id, a route (`consultatiebureau`, `folder`, `family`, `social`, `other`), `referrer`, or `unknown`. */
  route: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
});
export type Tally = z.infer<typeof tallySchema>;

/**
 * How the team's e-mail reached the team: at once, from the outbox later, or through the second
 * channel; `scanned` for a scan of a practice's code.
 */
export const outcomes = ['delivered', 'queued-delivered', 'second-channel', 'scanned'] as const;
export type Outcome = (typeof outcomes)[number];

/** The month of a moment as the counts keep it: YYYY-MM (UTC). */
export function monthOf(moment: Date | string): string {
  return new Date(moment).toISOString().slice(0, 7);
}

/** A tally with every value the schema refuses replaced by `unknown`: odd input is counted, never an error. */
export function cleanTally(tally: Tally): Tally {
  const cleaned = { ...tally };
  for (const field of ['lang', 'village', 'route'] as const) if (!tallySchema.shape[field].safeParse(cleaned[field]).success) cleaned[field] = 'unknown';
  return cleaned;
}
