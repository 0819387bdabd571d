import { readFileSync } from 'node:fs';
import { decrypt, generateKey, readMessage, readPrivateKey } from 'openpgp';
import { describe, expect, it } from 'vitest';
import { deliverInOrder } from '../../src/delivery/deliver';
import { consumeOutboxMessage } from '../../src/delivery/consumeOutbox';
import type { OutboxEmail, OutboxMessage, QueuedMessage } from '../../src/delivery/outboxMessage';
import type { Sender } from '../../src/delivery/sendPolicy';
import { sentVersionsIn } from '../../src/delivery/sentVersions';
import { readyToLeave, teamMailSecurity } from '../../src/delivery/teamMailSecurity';
import type { EmailMessage } from '../../src/mail/emailMessage';
import { readTeamKeys, sealForTeam } from '../../src/mail/seal';

// Sealing with real OpenPGP: the local test pair (scripts/local-team-key/), keys made here for the
// cases a team can get wrong, and every sealed e-mail opened again with a private key.
const localKey = (name: string) => readFileSync(new URL(`../../scripts/local-team-key/${name}`, import.meta.url), 'utf8');
const now = new Date();
const teamEmail: EmailMessage = {
  from: 'Hallo jij! <hallojij@example.org>',
  to: ['team@example.org'],
  subject: 'Nieuwe aanmelding Hallo jij! HJ-TEST0001',
  text: 'Naam: ሳባ ተስፋይ\nTelefoon: +31612345678\nUitgerekend op: 03-04-2027',
  html: '<p>Naam: ሳባ ተስፋይ</p>',
};
async function opened(text: string, privateArmored: string): Promise<string> {
  const { data } = await decrypt({ message: await readMessage({ armoredMessage: text }), decryptionKeys: await readPrivateKey({ armoredKey: privateArmored }) });
  return data as string;
}

describe('the team key setting', () => {
  it('reads one key, or several one after the other, and names who they belong to', async () => {
    const one = await readTeamKeys(localKey('public.asc'), now);
    expect(one.ok && one.team.owners).toEqual([expect.stringContaining('team@example.org')]);
    const two = await readTeamKeys(`${localKey('public.asc')}\n${localKey('second-public.asc')}`, now);
    expect(two.ok && two.team.keys).toHaveLength(2);
  });

  it('refuses, with a reason in Dutch, what cannot seal her e-mail', async () => {
    const expired = await generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ email: 'oud@example.org' }], date: new Date('2024-01-01'), keyExpirationTime: 86_400 * 30, format: 'armored' });
    const signOnly = await generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ email: 'teken@example.org' }], subkeys: [], format: 'armored' });
    const cases: [string, string, RegExp][] = [
      ['empty', '', /geen openbare OpenPGP-sleutel/],
      ['not a key', 'hallo team', /geen openbare OpenPGP-sleutel/],
      ['a message, no key', '-----BEGIN PGP MESSAGE-----\n\nwcBMA\n-----END PGP MESSAGE-----', /geen openbare OpenPGP-sleutel/],
      ['broken', localKey('public.asc').replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!'), /niet te lezen/],
      ['private', localKey('private.asc'), /geheime \(private\) sleutel/],
      ['expired', expired.publicKey, /verlopen op 2024-01-31/],
      ['cannot encrypt', signOnly.publicKey, /kan niet versleutelen/],
    ];
    for (const [name, armored, reason] of cases) {
      const read = await readTeamKeys(armored, now);
      expect(read.ok, name).toBe(false);
      if (!read.ok) expect(read.problem, name).toMatch(reason);
    }
  });

  it('without a key the team mail is refused, unless clear text was accepted explicitly', async () => {
    expect((await teamMailSecurity({}, now)).mode).toBe('refuse');
    expect((await teamMailSecurity({ TEAM_MAIL_PLAINTEXT: 'yes' }, now)).mode).toBe('refuse');
    expect((await teamMailSecurity({ TEAM_MAIL_PLAINTEXT: 'accepted' }, now)).mode).toBe('plaintext');
    expect((await teamMailSecurity({ TEAM_OPENPGP_KEY: localKey('public.asc') }, now)).mode).toBe('seal');
    // A key wins over the plaintext switch; a broken key is not overruled by it.
    expect((await teamMailSecurity({ TEAM_OPENPGP_KEY: 'broken', TEAM_MAIL_PLAINTEXT: 'accepted' }, now)).mode).toBe('refuse');
  });
});

describe('sealing', () => {
  it('gives each team member an e-mail only their own key opens, with exactly what she wrote; no clear HTML', async () => {
    const read = await readTeamKeys(`${localKey('public.asc')}${localKey('second-public.asc')}`, now);
    if (!read.ok) throw new Error(read.problem);
    const sealed = await sealForTeam(teamEmail, read.team, now);
    expect(sealed.subject).toBe(teamEmail.subject);
    expect(sealed.html).toBeUndefined();
    expect(sealed.text).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    for (const value of ['ሳባ', '+31612345678', '03-04-2027']) expect(sealed.text).not.toContain(value);
    expect(await opened(sealed.text, localKey('private.asc'))).toBe(teamEmail.text);
    expect(await opened(sealed.text, localKey('second-private.asc'))).toBe(teamEmail.text);
  });

  it('holds a submission whose team e-mail cannot be sealed; seals it once the key is there', async () => {
    const emails: OutboxEmail[] = [
      { role: 'team', idempotencyKey: 'registration:s1:team', message: teamEmail },
      { role: 'receipt', idempotencyKey: 'registration:s1:receipt', message: { ...teamEmail, to: ['saba@example.org'], subject: 'Je aanmelding' } },
    ];
    const held = await readyToLeave(emails, await teamMailSecurity({}, now), { now, salt: 's' });
    expect(held.held).toBe(true);
    const ready = await readyToLeave(emails, await teamMailSecurity({ TEAM_OPENPGP_KEY: localKey('public.asc') }, now), { now, salt: 's' });
    if (ready.held) throw new Error('expected sealed');
    expect(ready.emails[0]).toMatchObject({ sealed: true, contentId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(ready.emails[1]).toEqual(emails[1]);
    expect(await opened(ready.emails[0]!.message.text, localKey('private.asc'))).toBe(teamEmail.text);
  });
});

/** A Resend stand-in in memory that answers like Resend: same key and body, the first answer; same key, other body, 409. */
function resendLike() {
  const accepted = new Map<string, string>();
  const sent: EmailMessage[] = [];
  const send: Sender = async (message, { idempotencyKey }) => {
    const body = JSON.stringify(message);
    const earlier = accepted.get(idempotencyKey);
    if (earlier !== undefined && earlier !== body) return { data: null, error: { name: 'invalid_idempotent_request', statusCode: 409 } };
    if (earlier === undefined) {
      accepted.set(idempotencyKey, body);
      sent.push(message);
    }
    return { data: { id: idempotencyKey }, error: null };
  };
  return { send, sent };
}
const memoryStore = () => {
  const values = new Map<string, string>();
  return { get: async (key: string) => values.get(key) ?? null, put: async (key: string, value: string) => void values.set(key, value) };
};
const noWait = { attempts: 1, firstDelayMs: 0, attemptTimeoutMs: 1000, sleep: async () => {} };

describe('sealed e-mails and Resend idempotency', () => {
  it('the same answers sealed twice (a double submit) are one e-mail; changed answers are a correction', async () => {
    const security = await teamMailSecurity({ TEAM_OPENPGP_KEY: localKey('public.asc') }, now);
    const resend = resendLike();
    const versions = sentVersionsIn(memoryStore());
    const submit = async (text: string) => {
      const ready = await readyToLeave([{ role: 'team', idempotencyKey: 'registration:d1:team', message: { ...teamEmail, text } }], security, { now, salt: 's' });
      if (ready.held) throw new Error('held');
      return deliverInOrder(resend.send, ready.emails, noWait, {}, versions);
    };
    expect((await submit(teamEmail.text)).ok).toBe(true);
    expect((await submit(teamEmail.text)).corrected).toEqual([]);
    expect(resend.sent).toHaveLength(1);
    const changed = await submit(`${teamEmail.text}\nBericht: nieuw nummer`);
    expect(changed.corrected).toEqual(['registration:d1:team']);
    expect(resend.sent.map((email) => email.subject)).toEqual([teamEmail.subject, `Correctie: ${teamEmail.subject}`]);
  });

  it('the outbox seals a waiting e-mail once its key is valid and puts it back sealed, never sending it in clear', async () => {
    const message: OutboxMessage = { version: 1, form: 'registration', reference: 'HJ-WAIT0001', emails: [{ role: 'team', idempotencyKey: 'registration:w1:team', message: teamEmail }] };
    const decisions: string[] = [];
    const queued = (attempts: number): QueuedMessage => ({ body: message, attempts, ack: () => void decisions.push('ack'), retry: () => void decisions.push('retry') });
    const requeued: OutboxMessage[] = [];
    const resend = resendLike();
    const deps = (security: Awaited<ReturnType<typeof teamMailSecurity>>) => ({
      send: resend.send,
      security,
      salt: 's',
      versions: undefined,
      outbox: { send: async (body: OutboxMessage) => void requeued.push(body) },
      deadLetters: { send: async () => {} },
      schedule: [1, 2],
    });
    await consumeOutboxMessage(queued(1), deps(await teamMailSecurity({}, now)));
    expect(decisions).toEqual(['retry']);
    await consumeOutboxMessage(queued(2), deps(await teamMailSecurity({ TEAM_OPENPGP_KEY: localKey('public.asc') }, now)));
    expect(decisions).toEqual(['retry', 'ack']);
    expect(resend.sent).toEqual([]);
    expect(requeued[0]!.emails[0]!.sealed).toBe(true);
    expect(await opened(requeued[0]!.emails[0]!.message.text, localKey('private.asc'))).toBe(teamEmail.text);
  });
});
