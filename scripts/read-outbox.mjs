// `npm run outbox:read`: what the team would read. Decrypts every sealed e-mail in .outbox/ (the
// Resend stand-in's JSON and the second channel's .eml) with the local test key
// (scripts/local-team-key/private.asc) and prints them, newest last. OUTBOX_DIR: another folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decrypt, readMessage, readPrivateKey } from 'openpgp';
import PostalMime from 'postal-mime';

const dir = process.env.OUTBOX_DIR ?? '.outbox';
const privateKey = await readPrivateKey({ armoredKey: readFileSync(new URL('./local-team-key/private.asc', import.meta.url), 'utf8') });
const armored = /-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/;

async function opened(text) {
  const block = armored.exec(text ?? '')?.[0];
  if (!block) return text;
  const { data } = await decrypt({ message: await readMessage({ armoredMessage: block }), decryptionKeys: privateKey });
  return text.replace(block, `[versleuteld, geopend met de lokale testsleutel]\n${data}`);
}

const files = readdirSync(dir).filter((file) => /\.(json|eml)$/.test(file)).map((file) => join(dir, file)).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
for (const file of files) {
  const raw = readFileSync(file, 'utf8');
  const email = file.endsWith('.json') ? JSON.parse(raw).body : await PostalMime.parse(raw);
  const to = Array.isArray(email.to) ? email.to.map((address) => address.address ?? address).join(', ') : email.to;
  console.log(`\n=== ${file}\nAan: ${to}\nOnderwerp: ${email.subject}\n\n${await opened(email.text)}`);
}
console.log(`\n${files.length} e-mail(s) in ${dir}/`);
