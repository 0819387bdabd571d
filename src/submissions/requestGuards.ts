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
