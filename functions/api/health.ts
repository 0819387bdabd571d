import { jsonResponse } from '../../src/http/responses';

/** `GET /api/health`: the Worker is up. Used by the test server to know it can start. */
export const health = async (): Promise<Response> => jsonResponse({ ok: true });
