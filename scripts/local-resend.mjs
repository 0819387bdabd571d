// A local stand-in for the Resend API (POST /emails), so the site sends real e-mails through the
// real `resend` SDK without an account or a network. Each accepted e-mail is written to .outbox/
// as one JSON file (the request body Resend would get, with the Idempotency-Key) and summarised
// in one line. Like Resend it answers a repeated Idempotency-Key with the first answer, and 409s
// for a key reused with another body or still in progress.
//
// Fault injection, for tests and for trying the outbox by hand: POST /__faults {"mode":
// "server_error" | "rate_limit" | "quota" | "timeout" | "network" | "none", "rate": 0.3,
// "keyPrefix": "...", "forSeconds": 60}. Each keyPrefix has its own rule (so tests running at the
// same time keep theirs); "none" removes the rule for that prefix ("" with "none": all rules);
// forSeconds ends the rule by itself. "timeout" stores the e-mail and answers 5 s late (a lost
// answer); "network" drops the connection (Resend unreachable). Resend down for everyone for ten
// minutes: curl -d '{"mode":"network","rate":1,"forSeconds":600}' http://127.0.0.1:8789/__faults
// GET /__outbox lists what arrived, DELETE /__outbox empties it, GET /__stats counts,
// GET /__second-channel lists the .eml files of the second channel (raw MIME) in the outbox folder.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

/** Starts the server; resolves with its address and a close function. */
export function startLocalResend({ port = 8789, outboxDir = '.outbox', quiet = false } = {}) {
  mkdirSync(outboxDir, { recursive: true });
  const idempotency = new Map();
  const stored = [];
  const stats = { requests: 0, accepted: 0, replayed: 0, faults: 0, conflicts: 0 };
  /** keyPrefix → { mode, rate, until } */
  const faultRules = new Map();
  const faultFor = (key) => {
    const now = Date.now();
    let match;
    for (const [prefix, rule] of faultRules) {
      if (rule.until !== undefined && rule.until < now) faultRules.delete(prefix);
      else if (String(key ?? '').startsWith(prefix) && (!match || prefix.length > match.prefix.length)) match = { prefix, ...rule };
    }
    return match && Math.random() < match.rate ? match.mode : undefined;
  };

  const send = (response, status, body, delayMs = 0) =>
    setTimeout(() => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    }, delayMs);
  const error = (response, status, name, message) => send(response, status, { statusCode: status, name, message });

  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/__faults' && request.method === 'POST') {
        const { mode = 'none', rate = 0, keyPrefix = '', forSeconds } = JSON.parse(raw || '{}');
        if (mode === 'none' && keyPrefix === '') faultRules.clear();
        else if (mode === 'none') faultRules.delete(keyPrefix);
        else faultRules.set(keyPrefix, { mode, rate, until: forSeconds === undefined ? undefined : Date.now() + forSeconds * 1000 });
        return send(response, 200, Object.fromEntries(faultRules));
      }
      if (url.pathname === '/__second-channel' && request.method === 'GET') {
        const files = readdirSync(outboxDir).filter((file) => file.endsWith('.eml')).sort();
        return send(response, 200, files.map((file) => ({ file, raw: readFileSync(join(outboxDir, file), 'utf8') })));
      }
      if (url.pathname === '/__outbox' && request.method === 'GET') return send(response, 200, stored);
      if (url.pathname === '/__outbox' && request.method === 'DELETE') {
        stored.length = 0;
        idempotency.clear();
        for (const file of readdirSync(outboxDir)) rmSync(join(outboxDir, file));
        return send(response, 200, { ok: true });
      }
      if (url.pathname === '/__stats') return send(response, 200, stats);
      if (url.pathname !== '/emails' || request.method !== 'POST') return error(response, 404, 'not_found', 'Not found');

      stats.requests += 1;
      if (!/^Bearer \S+/.test(request.headers.authorization ?? '')) return error(response, 401, 'missing_api_key', 'Missing API key');
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        return error(response, 422, 'validation_error', 'Invalid JSON');
      }
      if (!body.from || !body.to || !body.subject || /[\r\n]/.test(body.subject)) {
        return error(response, 422, 'validation_error', 'from, to and a one-line subject are required');
      }
      const key = request.headers['idempotency-key'];
      const fault = faultFor(key);
      if (fault && fault !== 'timeout') {
        stats.faults += 1;
        if (fault === 'network') return request.socket.destroy();
        if (fault === 'server_error') return error(response, 500, 'internal_server_error', 'Injected fault');
        if (fault === 'rate_limit') return error(response, 429, 'rate_limit_exceeded', 'Injected rate limit');
        if (fault === 'quota') return error(response, 429, 'daily_quota_exceeded', 'Injected quota');
      }
      const bodyHash = createHash('sha256').update(raw).digest('hex');
      const previous = key ? idempotency.get(key) : undefined;
      if (previous) {
        if (previous.bodyHash !== bodyHash) {
          stats.conflicts += 1;
          return error(response, 409, 'invalid_idempotent_request', 'Same idempotency key, different body');
        }
        if (!previous.done) {
          stats.conflicts += 1;
          return error(response, 409, 'concurrent_idempotent_requests', 'Same idempotency key still in progress');
        }
        stats.replayed += 1;
        return send(response, 200, previous.answer);
      }
      const id = randomUUID();
      const entry = { bodyHash, done: false, answer: { id } };
      if (key) idempotency.set(key, entry);
      const record = { id, idempotencyKey: key ?? null, receivedAt: new Date().toISOString(), body };
      stored.push(record);
      writeFileSync(join(outboxDir, `${Date.now()}-${id}.json`), `${JSON.stringify(record, null, 2)}\n`);
      stats.accepted += 1;
      if (!quiet) console.log(`outbox: "${body.subject}" to ${[].concat(body.to).length} recipient(s), key ${key ?? '-'}`);
      const lost = fault === 'timeout';
      if (lost) stats.faults += 1;
      // Mark done before answering: a retry after a lost answer gets the first answer back.
      entry.done = true;
      return send(response, 200, entry.answer, lost ? 5000 : 0);
    });
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startLocalResend({ port: Number(process.env.RESEND_SINK_PORT ?? 8789) });
  console.log(`local Resend API on ${url}, e-mails in .outbox/`);
}
