import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { register } from '../../functions/api/register';
import { startLocalResend } from '../../scripts/local-resend.mjs';

// The handler itself, run in Node with the real Resend SDK against the local stand-in: checks
// what only shows in logs and settings. (Form posts need HTMLRewriter: see the browser tests.)
let sink: { url: string; close: () => void };
beforeAll(async () => {
  sink = await startLocalResend({ port: 8700 + Math.floor(Math.random() * 80), outboxDir: 'reports/unit-outbox', quiet: true });
});
afterAll(() => sink.close());

const answers = {
  lang: 'pl',
  name: 'Agnieszka Kowalska',
  phone: '06 87654321',
  email: 'agnieszka@example.org',
  contactBy: 'sms',
  talkLanguage: 'pl',
  dueDate: new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10),
  village: 'herpt',
  consent: true,
  message: 'Mam pytanie o karmienie',
};
const call = (env: Record<string, unknown>) =>
  register(
    new Request('https://hallojij.example/api/register', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(answers) }),
    env as never,
  );

describe('POST /api/register, the handler', () => {
  it('answers 503 in her language and logs which setting is missing, never a value', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const response = await call({ RESEND_API_KEY: 'secret-key', ASSETS: { fetch: () => new Response('') } });
    const lines = log.mock.calls.map((args) => args.join(' ')).join('\n');
    log.mockRestore();
    expect(response.status).toBe(503);
    expect(((await response.json()) as { message: string }).message).toContain('0416-123456');
    expect(lines).toContain('MAIL_FROM');
    expect(lines).toContain('REGISTRATION_INBOX');
    expect(lines).not.toContain('secret-key');
  });

  it('sends through the Resend SDK and logs a reference and an outcome, nothing she typed', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const response = await call({
      RESEND_API_KEY: 're_test',
      MAIL_FROM: 'Hallo jij! <hallojij@example.org>',
      REGISTRATION_INBOX: 'team@example.org',
      RESEND_BASE_URL: sink.url,
      // Sealing has its own tests (seal.test.ts) and runs in the browser tests; here the logs.
      TEAM_MAIL_PLAINTEXT: 'accepted',
      ASSETS: { fetch: () => new Response('') },
    });
    const lines = log.mock.calls.map((args) => args.join(' ')).join('\n');
    log.mockRestore();
    expect(response.status).toBe(200);
    const { ref } = (await response.json()) as { ref: string };
    expect(lines).toContain(ref);
    expect(lines).toContain('"outcome":"sent"');
    for (const value of [answers.name, 'Agnieszka', '87654321', '+31687654321', answers.email, answers.dueDate, answers.message, 'herpt']) {
      expect(lines).not.toContain(value);
    }
    const stored = (await (await fetch(`${sink.url}/__outbox`)).json()) as { body: { subject: string } }[];
    expect(stored.map((email) => email.body.subject)).toContain(`Nieuwe aanmelding Hallo jij! ${ref}`);
  });
});
