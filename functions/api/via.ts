import type { Env } from '../env';
import { countInBackground } from '../../src/counts/countInBackground';
import { countingDatabase } from '../../src/counts/countStore';
import { practiceLinkLanding } from '../../src/counts/practiceLink';
import { workerSecurityHeaders } from '../../src/http/responses';

/**
 * `GET /api/via/{practice}/{lang}`: a practice's link or QR code. Counts the scan (month, practice,
 * language; nothing of the phone, no cookie) in the background and sends her to her language's home page.
 */
export async function practiceLink(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
  const { location, tally } = practiceLinkLanding(new URL(request.url).pathname, new Date());
  if (request.method === 'GET') await countInBackground(ctx, countingDatabase(env), tally, 'scanned');
  return new Response(null, { status: 302, headers: { ...workerSecurityHeaders, 'Referrer-Policy': 'no-referrer', Location: location } });
}
