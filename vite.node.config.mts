import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };

/**
 * The Node side without Electron — the `omstil` command and the loopback HTTP host — bundled to
 * CommonJS in `out/node`. Runtime dependencies stay external and load from node_modules.
 */
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(packageJson.dependencies).filter((name) => name !== 'zod'),
];

export default defineConfig({
  ssr: { noExternal: ['zod'] },
  build: {
    ssr: true,
    outDir: 'out/node',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: {
        cli: resolve(import.meta.dirname, 'src/main/cli/bin.ts'),
        web: resolve(import.meta.dirname, 'src/main/http/main.ts'),
        // Started as a worker thread by the command's and the web host's PDF exports.
        'pdf-worker': resolve(import.meta.dirname, 'src/main/export/pdf/worker-entry.ts'),
        // Started as worker threads by `omstil trends` and the hosts to read many plans at once.
        'trends-worker': resolve(import.meta.dirname, 'src/main/core/trends/worker-entry.ts'),
      },
      external,
      output: {
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
      },
    },
  },
  logLevel: 'warn',
});
