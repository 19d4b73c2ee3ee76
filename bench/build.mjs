// Builds what the benchmarks run into out/bench with Vite, as the app's bundles are built: the
// core, the export, the host and the HTTP host, and the plan generator the browser tests share.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * The core again, built with one of the gate's checks changed, so that opening can be timed with
 * and without it in the same build of everything else (`npm run bench -- gate`). Only the bench
 * builds these; the program always runs the whole gate.
 */
export const GATE_VARIANTS = {
  // The row checksums not checked: the gate as it would be without them.
  'no-checksums': [['plan-file/inspect-content.ts', 'verifyContent(db)', 'null']],
  // SQLite's quick check instead of its full one (which also reads every index against its table).
  'quick-check': [['plan-file/inspect.ts', 'integrity_check(20)', 'quick_check(20)']],
  // Both: the gate's reading of the file as it was before the checksums and the one gate.
  'no-checksums-quick-check': [
    ['plan-file/inspect-content.ts', 'verifyContent(db)', 'null'],
    ['plan-file/inspect.ts', 'integrity_check(20)', 'quick_check(20)'],
  ],
};

function external(root) {
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return [
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
    ...Object.keys(packageJson.dependencies),
  ];
}

function bundle(root, outDir, input, plugins = []) {
  return build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input,
        external: external(root),
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          chunkFileNames: 'chunks/[name].cjs',
        },
      },
    },
  });
}

export async function buildBench(root, outDir, { gateVariants = false } = {}) {
  await bundle(root, outDir, {
    export: join(root, 'src/main/export/index.ts'),
    // The PDF laid out in this thread, as the worker does it, for the timings of one export.
    'pdf-render': join(root, 'src/main/export/pdf/render.ts'),
    'pdf-worker': join(root, 'src/main/export/pdf/worker-entry.ts'),
    core: join(root, 'src/main/core/index.ts'),
    host: join(root, 'src/main/host/index.ts'),
    'http-server': join(root, 'src/main/http/server.ts'),
    'verify-content': join(root, 'src/main/core/plan-file/verify-content.ts'),
    connection: join(root, 'src/main/core/db/connection.ts'),
    'large-plan': join(root, 'test/helpers/large-plan.ts'),
    // The trends benchmark's five hundred plans, and the worker threads that read them.
    'plan-bytes': join(root, 'test/helpers/plan-bytes.ts'),
    trends: join(root, 'src/shared/trends/index.ts'),
    'trends-worker': join(root, 'src/main/core/trends/worker-entry.ts'),
  });
  if (!gateVariants) return;
  for (const [variant, edits] of Object.entries(GATE_VARIANTS)) {
    const plugin = {
      name: `gate-${variant}`,
      transform(code, id) {
        let changed = code;
        for (const [file, from, to] of edits) {
          if (!id.replaceAll('\\', '/').endsWith(`src/main/core/${file}`)) continue;
          if (!changed.includes(from)) throw new Error(`${file} no longer holds ${from}`);
          changed = changed.replace(from, to);
        }
        return changed === code ? null : { code: changed, map: null };
      },
    };
    await bundle(root, join(outDir, variant), { core: join(root, 'src/main/core/index.ts') }, [
      plugin,
    ]);
  }
}
