import { jsonResponse } from '../../src/http/functionHeaders';

/** `GET /api/health`: the functions runtime is up. Used by the test server to know it can start. */
export const onRequestGet: PagesFunction = () => jsonResponse({ ok: true });
