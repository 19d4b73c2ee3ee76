import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The desktop build. Main and preload are CommonJS (package.json has no "type": "module"). The
 * main process keeps its dependencies (better-sqlite3's native module, zod) in node_modules; the
 * preload runs sandboxed, where only `electron` can be required, so it is bundled whole.
 */
export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      externalizeDeps: true,
      rolldownOptions: {
        // The PDF worker is its own entry, written beside index.js where findWorkerFile looks.
        input: {
          index: fromRoot('./src/main/electron/main.ts'),
          'pdf-worker': fromRoot('./src/main/export/pdf/worker-entry.ts'),
          // The trends report's readers, found beside index.js by findTrendsWorker.
          'trends-worker': fromRoot('./src/main/core/trends/worker-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('./src/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: fromRoot('./src/renderer'),
    plugins: [react()],
    resolve: {
      alias: {
        // As in vite.web.config.mts: dkfds's package exports hide its CSS and fonts.
        'dkfds-dist': fromRoot('./node_modules/dkfds/dist'),
      },
    },
    build: {
      outDir: fromRoot('./out/renderer'),
      // The CSP allows fonts only from 'self', so fonts must never be inlined as data: URLs.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf|eot)$/.test(file) ? false : undefined),
      rolldownOptions: {
        input: { index: fromRoot('./src/renderer/index.html') },
      },
    },
  },
});
