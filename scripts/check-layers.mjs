// What the rules of .dependency-cruiser.cjs cannot see on their own (`npm run test:layers` runs
// both): the imports of the .astro files (pages, layouts, components), which dependency-cruiser
// does not read (their frontmatter and <script> blocks are TypeScript, read here with
// TypeScript's own import scanner), and cycles between folders (its cycle rule sees files: two
// folders can import each other without any file doing so). Exits 1 on a violation, naming it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { cruise } from 'dependency-cruiser';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs'));
const pathRules = config.forbidden.filter((rule) => rule.from.path && rule.to.path);
/** A room of the house: `functions`, or a folder (or top-level file) of `src/`. */
const roomPattern = '^(functions|src/[^/]+)';
const roomOf = (path) => new RegExp(roomPattern).exec(path)?.[0];

/** Every .astro file under src/. */
function astroFiles(dir = join(root, 'src'), found = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) astroFiles(path, found);
    else if (name.endsWith('.astro')) found.push(path);
  }
  return found;
}

/** The TypeScript of an .astro file: its frontmatter and the bodies of its <script> elements. */
const scriptsOf = (source) =>
  [/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '', ...[...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1])].join('\n');

/** The file a relative import names, relative to the repository; undefined for a package. */
function resolved(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(from), specifier);
  const file = ['', '.ts', '.mjs', '.js', '/index.ts'].map((suffix) => base + suffix).find((path) => existsSync(path) && statSync(path).isFile());
  return relative(root, file ?? base);
}

const violations = [];
/** Room → rooms it imports, from dependency-cruiser's graph collapsed to rooms, plus the .astro imports. */
const roomImports = new Map();
const addRoomImport = (from, to) => {
  if (!from || !to || from === to) return;
  if (!roomImports.has(from)) roomImports.set(from, new Set());
  roomImports.get(from).add(to);
};

const { output } = await cruise(['src', 'functions'], { ...config.options, validate: false, collapse: roomPattern });
for (const module of output.modules) for (const dependency of module.dependencies) addRoomImport(roomOf(module.source), roomOf(dependency.resolved));

const astro = astroFiles();
let astroImports = 0;
for (const file of astro) {
  const from = relative(root, file);
  for (const { fileName } of ts.preProcessFile(scriptsOf(readFileSync(file, 'utf8')), true, true).importedFiles) {
    const to = resolved(file, fileName);
    if (to === undefined) continue;
    astroImports += 1;
    addRoomImport(roomOf(from), roomOf(to));
    for (const rule of pathRules) {
      if (new RegExp(rule.from.path).test(from) && new RegExp(rule.to.path).test(to)) violations.push(`${rule.name}: ${from} → ${to}`);
    }
  }
}

// Cycles between rooms: the strongly connected components of the room graph (Tarjan).
const index = new Map();
const lowLink = new Map();
const stack = [];
const cycles = [];
let counter = 0;
function visit(room) {
  index.set(room, counter);
  lowLink.set(room, counter);
  counter += 1;
  stack.push(room);
  for (const next of roomImports.get(room) ?? []) {
    if (!index.has(next)) {
      visit(next);
      lowLink.set(room, Math.min(lowLink.get(room), lowLink.get(next)));
    } else if (stack.includes(next)) {
      lowLink.set(room, Math.min(lowLink.get(room), index.get(next)));
    }
  }
  if (lowLink.get(room) === index.get(room)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      component.push(member);
    } while (member !== room);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const room of [...roomImports.keys()].sort()) if (!index.has(room)) visit(room);
for (const cycle of cycles) violations.push(`no-circular-rooms: ${cycle.join(', ')} import each other`);

console.log(`layers: ${roomImports.size} rooms, ${[...roomImports.values()].reduce((sum, to) => sum + to.size, 0)} room-to-room imports, ${astro.length} .astro files with ${astroImports} imports of the site; ${violations.length} violations`);
if (violations.length) {
  console.error(violations.map((line) => `  ${line}`).join('\n'));
  process.exit(1);
}
