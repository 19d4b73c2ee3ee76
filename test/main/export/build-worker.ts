import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import packageJson from '../../../package.json';

const root = resolve(__dirname, '../../..');

/**
 * Builds the PDF worker entry the way the app's bundle does (CommonJS, dependencies left in
 * node_modules), into a folder under `out/` so that `require('pdfmake')` resolves. A worker
 * thread runs JavaScript only; the TypeScript sources cannot be handed to it directly.
 */
export async function buildPdfWorker(name: string): Promise<string> {
  const outDir = join(root, 'out', 'test', name);
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
        input: { 'pdf-worker': join(root, 'src/main/export/pdf/worker-entry.ts') },
        external: [
          ...builtinModules,
          ...builtinModules.map((m) => `node:${m}`),
          ...Object.keys(packageJson.dependencies),
        ],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  });
  return join(outDir, 'pdf-worker.cjs');
}
