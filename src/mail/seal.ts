import { createMessage, encrypt, readKeys, type Key } from 'openpgp';
import type { EmailMessage } from './emailMessage';

/** The team's public keys, read from the setting and checked: every one can encrypt today. */
export interface TeamKeys {
  keys: Key[];
  /** When the first of them expires (undefined: none expires). */
  expiresAt: Date | undefined;
  /** Who the keys belong to ("Naam <adres>"), for /api/health and the log. */
  owners: string[];
}

const publicKeyBlock = /-----BEGIN PGP PUBLIC KEY BLOCK-----[\s\S]*?-----END PGP PUBLIC KEY BLOCK-----/g;

/**
 * Reads `TEAM_OPENPGP_KEY`: one armored public key, or several one after the other (one per team
 * member). Refuses, with a reason in Dutch for the log and /api/health, what cannot seal her
 * e-mail: no public key block, a block OpenPGP cannot read, a private key (it must never be on
 * the server), a key that has expired or cannot encrypt.
 */
export async function readTeamKeys(armored: string, now: Date): Promise<{ ok: true; team: TeamKeys } | { ok: false; problem: string }> {
  if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(armored)) {
    return { ok: false, problem: 'TEAM_OPENPGP_KEY bevat een geheime (private) sleutel. Zet hier alleen de openbare sleutel(s) van het team; trek de geheime sleutel in als hij gedeeld is.' };
  }
  const blocks = armored.match(publicKeyBlock) ?? [];
  if (blocks.length === 0) return { ok: false, problem: 'TEAM_OPENPGP_KEY bevat geen openbare OpenPGP-sleutel (-----BEGIN PGP PUBLIC KEY BLOCK-----).' };
  const keys: Key[] = [];
  for (const [index, block] of blocks.entries()) {
    try {
      keys.push(...(await readKeys({ armoredKeys: block })));
    } catch (error) {
      return { ok: false, problem: `TEAM_OPENPGP_KEY: sleutel ${index + 1} is niet te lezen (${error instanceof Error ? error.message : 'onbekende fout'}).` };
    }
  }
  const owners: string[] = [];
  let expiresAt: Date | undefined;
  for (const key of keys) {
    const owner = key.getUserIDs()[0] ?? key.getKeyID().toHex();
    owners.push(owner);
    if (key.isPrivate()) return { ok: false, problem: `TEAM_OPENPGP_KEY: de sleutel van ${owner} is geheim (private). Zet hier alleen openbare sleutels.` };
    const expiry = await key.getExpirationTime();
    if (expiry instanceof Date && expiry.getTime() <= now.getTime()) {
      return { ok: false, problem: `TEAM_OPENPGP_KEY: de sleutel van ${owner} is verlopen op ${expiry.toISOString().slice(0, 10)}.` };
    }
    try {
      await key.getEncryptionKey(undefined, now);
    } catch {
      return { ok: false, problem: `TEAM_OPENPGP_KEY: de sleutel van ${owner} kan niet versleutelen (geen geldige sleutel om mee te versleutelen).` };
    }
    if (expiry instanceof Date && (expiresAt === undefined || expiry < expiresAt)) expiresAt = expiry;
  }
  return { ok: true, team: { keys, expiresAt, owners } };
}

/**
 * The team's e-mail sealed with OpenPGP for every key of the team: the text inline as one armored
 * message, which Thunderbird and Outlook with GpgOL open; no HTML part (it would carry her answers
 * in clear). The subject is left as it is: it holds only the kind and the reference.
 */
export async function sealForTeam(message: EmailMessage, team: TeamKeys, now: Date): Promise<EmailMessage> {
  const text = await encrypt({ message: await createMessage({ text: message.text, date: now }), encryptionKeys: team.keys, date: now, format: 'armored' });
  const { html: _clearHtml, attachments, ...rest } = message;
  if (!attachments?.length) return { ...rest, text: text as string };
  // Each file sealed on its own as an armored `.asc` (Thunderbird and GpgOL open it), never in clear.
  const sealed = await Promise.all(
    attachments.map(async ({ filename, content }) => {
      const binary = Uint8Array.from(atob(content), (char) => char.charCodeAt(0));
      const armored = await encrypt({ message: await createMessage({ binary, filename, date: now }), encryptionKeys: team.keys, date: now, format: 'armored' });
      return { filename: `${filename}.asc`, content: btoa(armored as string) };
    }),
  );
  return { ...rest, text: text as string, attachments: sealed };
}
