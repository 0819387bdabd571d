/** Bodies larger than this are refused with 413: a sign-up is far smaller. */
export const maxBodyBytes = 16 * 1024;

export type BodyKind = 'form' | 'json';

/** Which of the two accepted formats a request carries, from its Content-Type. */
export function bodyKindOf(request: Request): BodyKind | undefined {
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type === 'application/json') return 'json';
  return undefined;
}

/**
 * Reads the body as text, stopping as soon as it passes `maxBodyBytes`: a Content-Length is not
 * trusted, so a chunked body without one is counted too.
 */
export async function readLimitedText(request: Request, limit = maxBodyBytes): Promise<{ ok: true; text: string } | { ok: false }> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > limit) return { ok: false };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

/**
 * The answers as a flat record: form fields (the last value of a repeated name wins, except for
 * `listFields`, which keep every value as a list) or a JSON object. Anything else (an array, a
 * number, broken JSON) gives undefined.
 */
export function parseAnswers(kind: BodyKind, text: string, listFields: readonly string[] = []): Record<string, unknown> | undefined {
  if (kind === 'form') {
    const params = new URLSearchParams(text);
    const answers: Record<string, unknown> = Object.fromEntries(params);
    for (const name of listFields) if (params.has(name)) answers[name] = params.getAll(name);
    return answers;
  }
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
