// `npm run bench:integrity [-- --files N --seed S --kinds a,b --case kind/original/seed --keep DIR]`:
// the full set of damaged plan files through every way in (see test/helpers/damaged-files).
// The harness is TypeScript, so it is built with Vite into out/bench-integrity first, as
// `npm run bench` builds the export code; the run's exit code says whether anything forbidden
// happened.
import { builtinModules, createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'bench-integrity');

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(packageJson.dependencies),
];

process.stdout.write('Bygger testværktøjet til out/bench-integrity …\n');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { integrity: join(root, 'test/helpers/damaged-files/bench-run.ts') },
      external,
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name].cjs' },
    },
  },
});

const { benchIntegrity } = createRequire(import.meta.url)(join(outDir, 'integrity.cjs'));
process.exitCode = await benchIntegrity(process.argv.slice(2), (text) =>
  process.stdout.write(text),
);
