import { readTeamKeys, sealForTeam, type TeamKeys } from '../mail/seal';
import type { OutboxEmail } from './outboxMessage';
import { contentIdOf } from './sentVersions';

/** The settings that decide how the team's e-mail travels. */
export interface TeamMailSettings {
  /** The team's armored OpenPGP public key(s). */
  TEAM_OPENPGP_KEY?: string | undefined;
  /** `accepted`: no key, the team's own mail system encrypts; her answers then travel in clear. */
  TEAM_MAIL_PLAINTEXT?: string | undefined;
}

/**
 * How the team's e-mail may leave: `seal` with the team's keys; `plaintext` only when the team
 * said so explicitly; otherwise `refuse` with the reason, and nothing is sent to the team until
 * the setting is mended (what waits stays in the outbox).
 */
export type TeamMailSecurity = { mode: 'seal'; team: TeamKeys } | { mode: 'plaintext' } | { mode: 'refuse'; problem: string };

// Reading keys costs milliseconds: once per key setting and Worker instance (the expiry is checked on every use).
const readKeysOnce = new Map<string, ReturnType<typeof readTeamKeys>>();

/** The team mail's security from the settings, at `now`. */
export async function teamMailSecurity(settings: TeamMailSettings, now: Date): Promise<TeamMailSecurity> {
  const armored = settings.TEAM_OPENPGP_KEY?.trim();
  if (!armored) {
    if (settings.TEAM_MAIL_PLAINTEXT === 'accepted') return { mode: 'plaintext' };
    return { mode: 'refuse', problem: 'TEAM_OPENPGP_KEY ontbreekt: zonder sleutel gaat er geen e-mail met haar gegevens naar het team (of zet TEAM_MAIL_PLAINTEXT=accepted als jullie e-mailsysteem zelf versleutelt).' };
  }
  if (!readKeysOnce.has(armored)) readKeysOnce.set(armored, readTeamKeys(armored, now));
  const read = await readKeysOnce.get(armored)!;
  if (!read.ok) return { mode: 'refuse', problem: read.problem };
  if (read.team.expiresAt && read.team.expiresAt.getTime() <= now.getTime()) {
    return { mode: 'refuse', problem: `TEAM_OPENPGP_KEY: een sleutel van het team is verlopen op ${read.team.expiresAt.toISOString().slice(0, 10)}.` };
  }
  return { mode: 'seal', team: read.team };
}

/**
 * A submission's e-mails ready to leave under `security`: every unsealed team e-mail sealed (with
 * its `contentId`, a salted hash of its clear content, src/delivery/sentVersions.ts), or left as it
 * is (plaintext accepted). `held` when a team e-mail cannot be sealed: then nothing of the
 * submission may be sent (her confirmation never comes before the team has it).
 */
export async function readyToLeave(
  emails: readonly OutboxEmail[],
  security: TeamMailSecurity,
  context: { now: Date; salt: string },
): Promise<{ held: false; sealedNow: boolean; emails: OutboxEmail[] } | { held: true; problem: string }> {
  const unsealed = emails.some((email) => email.role === 'team' && !email.sealed);
  if (!unsealed || security.mode === 'plaintext') return { held: false, sealedNow: false, emails: [...emails] };
  if (security.mode === 'refuse') return { held: true, problem: security.problem };
  const sealed = await Promise.all(
    emails.map(async (email): Promise<OutboxEmail> =>
      email.role === 'team' && !email.sealed
        ? { ...email, sealed: true, contentId: contentIdOf(email.message, context.salt), message: await sealForTeam(email.message, security.team, context.now) }
        : email,
    ),
  );
  return { held: false, sealedNow: true, emails: sealed };
}
