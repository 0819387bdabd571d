import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { mirrorSecondChannel } from '../../scripts/second-channel-mirror.mjs';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let stop: (() => void) | undefined;
afterEach(() => stop?.());

test('an e-mail the second channel is still writing arrives whole in the outbox folder, once', async () => {
  const root = mkdtempSync(join(tmpdir(), 'mirror-'));
  const from = join(root, 'email');
  const to = join(root, 'outbox');
  mkdirSync(join(from, 'sub'), { recursive: true });
  stop = mirrorSecondChannel({ from, to, everyMs: 20 });
  const file = join(from, 'sub', 'message.eml');
  // workerd writes the file in pieces: the mirror may see the first piece alone.
  writeFileSync(file, 'From: a@example.org\r\n');
  await pause(120);
  appendFileSync(file, 'Subject: Nieuwe aanmelding HJ-TEST\r\n\r\nbody\r\n');
  await pause(120);
  const copies = readdirSync(to).filter((name) => name.endsWith('.eml'));
  expect(copies).toHaveLength(1);
  expect(readFileSync(join(to, copies[0]!), 'utf8')).toContain('Subject: Nieuwe aanmelding HJ-TEST');
});
