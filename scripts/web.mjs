// `npm run web -- [<plan.omstil>] [--port N]`: builds what is missing or older than its sources,
// then starts the loopback HTTP host, which prints its address on one line when ready.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function stale(output, sources) {
  if (!existsSync(output)) return true;
  const built = newestMtime(output);
  return sources.some((s) => newestMtime(join(root, s)) > built);
}

function run(args) {
  // Build output goes to stderr so that stdout carries only the address line.
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (
  stale(join(root, 'out', 'web', 'index.html'), [
    'src/renderer',
    'src/shared',
    'vite.web.config.mts',
  ])
) {
  run([vite, 'build', '--config', 'vite.web.config.mts', '--logLevel', 'warn']);
}
if (
  stale(join(root, 'out', 'node', 'web.cjs'), [
    'src/main',
    'src/shared',
    'resources/examples',
    'vite.node.config.mts',
  ])
) {
  run([join(root, 'scripts', 'build-node.mjs')]);
}

const host = spawn(
  process.execPath,
  [join(root, 'out', 'node', 'web.cjs'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
