// Builds the command and the HTTP host (out/node). Run by `prepare`, so `npx omstil` works
// right after `npm ci` on a fresh clone.
import { build } from 'vite';

await build({ configFile: new URL('../vite.node.config.mts', import.meta.url).pathname });
