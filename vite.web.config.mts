import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The renderer as a plain web page, for the loopback HTTP host (the browser harness and the e2e
 * tests). The desktop app builds the same renderer through electron-vite.
 */
export default defineConfig({
  root: fromRoot('./src/renderer'),
  // Relative asset URLs let the same build be served from any path or loaded from disk.
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      // dkfds's package exports hide everything but its script, so its CSS and fonts are reached
      // through the folder itself.
      'dkfds-dist': fromRoot('./node_modules/dkfds/dist'),
    },
  },
  build: {
    outDir: fromRoot('./out/web'),
    emptyOutDir: true,
    // The CSP allows fonts only from 'self', so fonts must never be inlined as data: URLs.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|eot)$/.test(file) ? false : undefined),
  },
});
