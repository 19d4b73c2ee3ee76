// The rooms of the code and the arrows allowed between them (see ../shared/DESIGN.md, "The shape"):
//
//   renderer ──► shared ◄── preload
//                  ▲
//   electron, http ──► host ──► core ──► fs
//   cli ─────────────►  │  ──► export ─► fs
//
// Every rule names an arrow that must not exist; `npm run depcruise` fails on any of them.

const ROOMS = '^src/(shared|main/(core|export|fs|host|electron|http|cli)|preload|renderer)/';

const STORE_SLICES = '^src/renderer/store/(types|[a-z-]+-slice)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // shared: the pure domain, imported by every side.
    {
      name: 'shared-stays-pure',
      comment: 'src/shared imports nothing of main, preload or the renderer.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(main|preload|renderer)/' },
    },
    {
      name: 'shared-without-node',
      comment: 'src/shared runs in the page as well as in Node: no Node built-ins.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-without-platform',
      comment: 'src/shared knows no window, no React and no database.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '(^|/)node_modules/(electron|react|react-dom|better-sqlite3|zustand|i18next)/' },
    },
    {
      name: 'model-is-the-floor',
      comment:
        'src/shared/model is the floor: it imports only itself, so nothing it imports can import it back.',
      severity: 'error',
      from: { path: '^src/shared/model/' },
      to: { path: '^src/', pathNot: '^src/shared/model/' },
    },

    // core, export and fs: the Node rooms below the host.
    {
      name: 'core-not-export',
      comment: 'The core and the exports never import each other; the host wires them.',
      severity: 'error',
      from: { path: '^src/main/core/' },
      to: { path: '^src/main/export/' },
    },
    {
      name: 'export-not-core',
      comment: 'The exports take a plan document; they never read the plan file themselves.',
      severity: 'error',
      from: { path: '^src/main/export/' },
      to: { path: '^src/main/core/' },
    },
    {
      name: 'fs-is-a-leaf',
      comment: 'src/main/fs serves core and export and imports nothing of main.',
      severity: 'error',
      from: { path: '^src/main/fs/' },
      to: { path: '^src/main/', pathNot: '^src/main/fs/' },
    },
    {
      name: 'below-the-host',
      comment: 'core, export and fs know nothing of the host or of the ways in above it.',
      severity: 'error',
      from: { path: '^src/main/(core|export|fs)/' },
      to: { path: '^src/main/(host|electron|http|cli)/' },
    },
    {
      name: 'host-below-the-ways-in',
      comment: 'The host serves the desktop shell and the HTTP host; it imports neither.',
      severity: 'error',
      from: { path: '^src/main/host/' },
      to: { path: '^src/main/(electron|http|cli)/', pathNot: '^src/main/$1/' },
    },

    // The ways in: electron, http and cli.
    {
      name: 'through-the-entry',
      comment:
        'The host, the shell, the HTTP host and the command reach core, export and host through their index.ts.',
      severity: 'error',
      from: { path: '^src/main/(host|electron|http|cli)/' },
      to: {
        path: '^src/main/(core|export|host)/',
        pathNot: ['^src/main/(core|export|host)/index\\.ts$', '^src/main/host/(?!index\\.ts$)'],
      },
    },
    {
      name: 'host-entry-from-outside',
      comment: 'The shell and the HTTP host reach the host through its index.ts.',
      severity: 'error',
      from: { path: '^src/main/(electron|http|cli)/' },
      to: { path: '^src/main/host/', pathNot: '^src/main/host/index\\.ts$' },
    },
    {
      name: 'cli-without-host',
      comment:
        'The command calls core and export directly; it has no window and no contract to serve.',
      severity: 'error',
      from: { path: '^src/main/cli/' },
      to: { path: '^src/main/host/' },
    },
    {
      name: 'ways-in-apart',
      comment: 'The shell, the HTTP host and the command never import each other.',
      severity: 'error',
      from: { path: '^src/main/(electron|http|cli)/' },
      to: { path: '^src/main/(electron|http|cli)/', pathNot: '^src/main/$1/' },
    },
    {
      name: 'electron-only-in-the-shell',
      comment:
        'Only src/main/electron and src/preload import electron: all else runs under plain Node.',
      severity: 'error',
      from: { pathNot: '^src/(main/electron|preload)/' },
      to: { path: '(^|/)node_modules/electron/' },
    },

    // preload and renderer.
    {
      name: 'preload-exposes-the-contract',
      comment: 'The preload builds the bridge from the contract in src/shared and nothing else.',
      severity: 'error',
      from: { path: '^src/preload/' },
      to: { path: '^src/(main|renderer)/' },
    },
    {
      name: 'renderer-is-a-web-page',
      comment: 'The renderer reaches main only through the contract.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: '^src/(main|preload)/' },
    },
    {
      name: 'renderer-without-node',
      comment: 'The renderer runs in a sandboxed page: no Node built-ins, no database.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: {
        dependencyTypes: ['core'],
      },
    },
    {
      name: 'renderer-without-main-packages',
      comment: 'The renderer runs in a sandboxed page: no database, no PDF or XLSX engine.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: '(^|/)node_modules/(better-sqlite3|pdfmake|exceljs)/' },
    },

    // Cycles.
    {
      name: 'no-cycle-between-rooms',
      comment: 'No two rooms import each other, not even by a detour through a third.',
      severity: 'error',
      scope: 'folder',
      from: { path: ROOMS },
      to: { circular: true },
    },
    {
      name: 'no-cycle',
      comment: 'No module imports itself back by a detour.',
      severity: 'error',
      from: { path: '^src/', pathNot: STORE_SLICES },
      to: { circular: true },
    },
    {
      name: 'store-slices-meet-only-in-types',
      comment:
        "The one cycle left inside a room, by name: the store's slices and store/types.ts import each other's types, as zustand's slices pattern has it (each slice is typed against the whole store, the whole store is the sum of the slices). Types only, so it vanishes when compiled; a cycle through a value import is still refused.",
      severity: 'error',
      from: { path: STORE_SLICES },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },

    // Hygiene.
    {
      name: 'not-to-unresolvable',
      comment:
        "An import that does not resolve is a typo or a missing dependency. dkfds-dist is Vite's alias for dkfds's dist folder, whose CSS the package's exports hide.",
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^dkfds-dist/' },
    },
    {
      name: 'not-to-dev-dep',
      comment:
        'Main-side code runs from node_modules in the packaged app: it may not use a devDependency (the renderer and the preload are bundled, so they may).',
      severity: 'error',
      from: {
        path: '^src/main/',
        pathNot: '^src/main/electron/',
      },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
