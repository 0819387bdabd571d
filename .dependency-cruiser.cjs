/**
 * The layering rules of the code (`npm run test:layers`): what must never be, so the next change
 * keeps the shape. A sign-up travels functions/ → src/submissions/ → src/forms/ (rules) →
 * src/mail/ (what the e-mail says) → src/delivery/ (how it gets there), and no arrow runs back.
 * scripts/check-layers.mjs applies the same rules to the imports of the .astro files, which
 * dependency-cruiser does not read.
 */
/** Code that runs only in the Worker. */
const workerCode = '^(functions/|src/(submissions|delivery)/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No cycles: every room can be read without the rooms that use it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pages-and-components-never-import-worker-code',
      severity: 'error',
      comment: 'Pages, layouts and components are built into static HTML; the Worker is another runtime.',
      from: { path: '^src/(pages|layouts|components)/' },
      to: { path: workerCode },
    },
    {
      name: 'rules-never-import-the-path',
      severity: 'error',
      comment: 'src/forms/ holds the rules shared by page and Worker: it never imports the submission path, the delivery or the Worker.',
      from: { path: '^src/forms/' },
      to: { path: `${workerCode}|^src/http/` },
    },
    {
      name: 'templates-never-import-rules-or-path',
      severity: 'error',
      comment: 'src/mail/ says what an e-mail says; its templates own their input types and know nothing of forms or how mail is sent.',
      from: { path: '^src/mail/' },
      to: { path: `${workerCode}|^src/forms/` },
    },
    {
      name: 'delivery-never-imports-the-submission-path',
      severity: 'error',
      comment: 'src/delivery/ sends what it is given: the queue consumers use it without a request.',
      from: { path: '^src/delivery/' },
      to: { path: '^(functions/|src/submissions/|src/forms/)' },
    },
    {
      name: 'src-never-imports-functions',
      severity: 'error',
      comment: 'functions/ is the Worker edge: it imports src/, never the other way round.',
      from: { path: '^src/' },
      to: { path: '^functions/' },
    },
    {
      name: 'utils-import-nothing-of-the-site',
      severity: 'error',
      comment: 'src/utils/ holds the helpers every room uses (escaping, hashing, logging).',
      from: { path: '^src/utils/' },
      to: { path: '^(src/(?!utils/)|functions/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.astro)/' },
    // Type-only imports count: a cycle of types is still a cycle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'functions/tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json'] },
  },
};
