// After `npm install`, run `node scripts/complete-lockfile.mjs`.
//
// The npm registry mirror this project is developed on lacks some platform builds of native
// packages (for example @astrojs/compiler-binding-darwin-arm64@0.5.1). npm then leaves them out
// of package-lock.json, and `npm ci` refuses the lock as out of sync with package.json. This
// adds each missing optional platform package with its os/cpu, as a lock written against the
// full registry would have it, so `npm ci` skips it on other platforms and installs it on its own.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const platformOf = (name) => {
  const os = ['android', 'darwin', 'linux', 'win32', 'windows', 'freebsd', 'wasm32'].find((o) => name.includes(`-${o}`));
  const cpu = ['arm64', 'x64', 'arm', 'ia32', 'wasi'].find((c) => new RegExp(`-${c}(-|$)`).test(name)) ?? (name.endsWith('-64') ? 'x64' : undefined);
  const libc = /-musl$/.test(name) ? ['musl'] : /-gnu$/.test(name) ? ['glibc'] : undefined;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  return { os: [os === 'windows' ? 'win32' : os], cpu: [cpu], ...(libc ? { libc } : {}) };
};

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const parentDir = path.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '');
    const candidates = [`${path}/node_modules/${name}`, `${parentDir ? `${parentDir}/` : ''}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((candidate) => lock.packages[candidate])) continue;
    if (!/-(android|darwin|linux|win32|windows|freebsd|wasm32)/.test(name)) continue;
    lock.packages[`node_modules/${name}`] = { version, ...platformOf(name), optional: true };
    added += 1;
  }
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform package(s)`);
