// The layers of the design as rules (issue 15, style.md): `npm run lint:deps` fails on any import against them.
// Inner to outer: core (pure rules) + schemas, then app (use cases), store (the only writers), adapters, and the
// edges http / pages / jobs. Each rule below names the design sentence it encodes.
//
// Configure here, not in the rules:
// - LAYERS: the folder of each layer, as regular expressions on paths from the repository root.
// - SEVERITY: per rule 'error' (fails lint), 'warn' or 'info' (reported, does not fail) or 'off' (not checked),
//   e.g. to land a restructuring in steps; the aim is every rule on 'error'.
// - TYPE_ONLY_WRITES: whether an `import type` of a table module counts for the one-writer rule (a type cannot write).
// Type-only imports count for every other rule: they couple a module to the layer just as much.

/** Folders of each layer. */
const LAYERS = {
  core: '^src/core/',
  schemas: '^schemas/',
  tables: '^schemas/db/',
  tableTests: '^schemas/db/[^/]+\\.test\\.ts$',
  app: '^src/app/',
  store: '^src/store/',
  storeAdapters: '^adapters/store/',
  // pg-boss and the embedded runner own the job table.
  queueAdapters: '^adapters/queue/',
  adapters: '^adapters/',
  http: '^src/http/',
  pages: '^src/(pages|web)/',
  // Entry points and the composition root, which wire the HTTP app to its dependencies.
  composition: '^src/(app|node|worker|compose|demo)\\.tsx?$|^src/platform/',
  tests: '(^test/|\\.test\\.tsx?$|\\.fixture\\.ts$)',
};

/** Packages the pure core may import (besides src/core and schemas). */
const CORE_PACKAGES = ['^node_modules/zod/'];

const SEVERITY = {
  'no-circular': 'error',
  'core-is-pure': 'error',
  'only-stores-import-drizzle': 'error',
  'one-writer-per-table': 'error',
  'schemas-import-no-shell': 'error',
  'adapters-not-http': 'error',
  'app-not-http': 'error',
  'edges-call-app-not-store': 'error',
  'only-edges-import-http': 'error',
  'no-test-code-in-production': 'error',
  'not-to-unresolvable': 'error',
};

const TYPE_ONLY_WRITES = false;

/** Who may import src/http: the edges themselves, the composition root and tools; the rest is checked elsewhere. */
const HTTP_MAY_BE_IMPORTED_BY = [
  LAYERS.http,
  LAYERS.pages,
  LAYERS.composition,
  LAYERS.tests,
  '^(scripts|bench)/',
].concat([LAYERS.core, LAYERS.schemas, LAYERS.app, LAYERS.adapters]);

const rules = [
  {
    name: 'no-circular',
    comment: 'No import circles anywhere (issue 15 acceptance): a circle makes load order and layering undefined.',
    from: {},
    to: { circular: true },
  },
  {
    name: 'core-is-pure',
    comment:
      'src/core is the functional core: it imports only src/core, schemas and zod; no shell, no drizzle, no hono, ' +
      'no node: built-ins (it runs on Workers too). Its own tests may use test tooling.',
    from: { path: LAYERS.core, pathNot: LAYERS.tests },
    to: { pathNot: [LAYERS.core, LAYERS.schemas, ...CORE_PACKAGES] },
  },
  {
    name: 'only-stores-import-drizzle',
    comment:
      'Only the aggregate stores (src/store, adapters/store), the job table owners (adapters/queue) and the table ' +
      'definitions themselves (schemas/db) import drizzle-orm.',
    from: { pathNot: [LAYERS.store, LAYERS.storeAdapters, LAYERS.queueAdapters, LAYERS.tables] },
    to: { path: '^node_modules/drizzle-orm/' },
  },
  {
    name: 'one-writer-per-table',
    comment:
      'One writer per table: only the stores, the queue adapters and the schema parity test import the table ' +
      'definitions in schemas/db. Other modules go through a store.',
    from: { pathNot: [LAYERS.store, LAYERS.storeAdapters, LAYERS.queueAdapters, LAYERS.tables, LAYERS.tableTests] },
    to: { path: LAYERS.tables, ...(TYPE_ONLY_WRITES ? {} : { dependencyTypesNot: ['type-only'] }) },
  },
  {
    name: 'schemas-import-no-shell',
    comment: 'schemas are boundary types shared by every layer: they may lean on src/core, never on the shell.',
    from: { path: LAYERS.schemas, pathNot: LAYERS.tests },
    to: { path: '^(src|adapters|scripts|test|bench)/', pathNot: LAYERS.core },
  },
  {
    name: 'adapters-not-http',
    comment: 'Adapters implement ports for the core and the use cases; they never reach into the HTTP layer or pages.',
    from: { path: LAYERS.adapters, pathNot: LAYERS.tests },
    to: { path: [LAYERS.http, LAYERS.pages] },
  },
  {
    name: 'app-not-http',
    comment:
      'Use cases (src/app) are called by handlers, pages and jobs alike, so they know nothing of HTTP: no src/http, ' +
      'no src/pages, no hono.',
    from: { path: LAYERS.app },
    to: { path: [LAYERS.http, LAYERS.pages, '^node_modules/hono/', '^node_modules/@hono/'] },
  },
  {
    name: 'edges-call-app-not-store',
    comment: 'HTTP handlers and pages translate requests into use-case calls (src/app); they never call a store.',
    from: { path: [LAYERS.http, LAYERS.pages] },
    to: { path: [LAYERS.store, LAYERS.storeAdapters] },
  },
  {
    name: 'only-edges-import-http',
    comment:
      'HTTP is an edge: nothing below it (intake, jobs, core, app, stores, adapters) imports src/http; errors ' +
      'and principals that inner layers need live with them. Only pages, the composition root and the tools ' +
      '(scripts, bench, tests) may. Core, schemas, app and adapters have their own rules above (not reported twice).',
    from: { pathNot: HTTP_MAY_BE_IMPORTED_BY },
    to: { path: LAYERS.http },
  },
  {
    name: 'no-test-code-in-production',
    comment: 'Production modules never import tests, test helpers or fixtures.',
    // vitest.config.ts is the test runner's configuration: it names the workerd test project.
    from: { pathNot: [LAYERS.tests, '^bench/', '^vitest\\.config\\.ts$'] },
    to: { path: LAYERS.tests },
  },
  {
    name: 'not-to-unresolvable',
    comment: 'An import that cannot be resolved is a typo or a missing dependency.',
    from: {},
    // cloudflare:test and cloudflare:workers are provided by workerd to the workerd test project.
    to: { couldNotResolve: true, pathNot: '^cloudflare:' },
  },
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: rules
    .filter((r) => SEVERITY[r.name] !== 'off')
    .map((r) => ({ ...r, severity: SEVERITY[r.name] ?? 'error' })),
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['^dist/', '^migrations/', '^bench/results/', '^\\.wrangler/'] },
    // TypeScript 7 has no compiler API for dependency-cruiser; swc parses TS and keeps `import type` (marked
    // type-only), so tsPreCompilationDeps (which asks for tsc) is not needed.
    parser: 'swc',
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
