// One measurement of opening a very large plan, in a fresh process, for scripts/bench.mjs.
// Prints one JSON line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { largePlan } from './large-plan.mjs';

const [mode, outDir, path, repeat = '3', variant = 'shipped'] = process.argv.slice(2);
const require = createRequire(import.meta.url);
// The core as shipped, or one built with a check of the gate changed (see scripts/bench.mjs).
const core = require(join(outDir, ...(variant === 'shipped' ? [] : [variant]), 'core.cjs'));
const { verifyContent } = require(join(outDir, 'verify-content.cjs'));
const { openConnection } = require(join(outDir, 'connection.cjs'));

/** CPU time of the main thread in ms where Linux tells it (see run-pdf.mjs); else the process's. */
function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  }
}

function timed(fn) {
  const cpu = mainThreadCpuMs();
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, cpuMs: mainThreadCpuMs() - cpu, value };
}

if (mode === 'create') {
  const doc = largePlan(20000);
  core.createPlanFile(path, doc);
  console.log(
    JSON.stringify({ activities: doc.activities.length, bytes: readFileSync(path).length }),
  );
} else if (mode === 'open') {
  // As the program opens a plan: the gate, the lock, and the plan for the window.
  const open = [];
  for (let i = 0; i < Number(repeat); i++) {
    open.push(
      timed(() => {
        const session = core.PlanSession.open(path);
        session.snapshot();
        session.close();
      }),
    );
  }
  // The gate's checksum pass alone, on the same file, as the gate runs it.
  const db = openConnection(path, { readonly: true });
  const verify = [];
  for (let i = 0; i < (variant === 'shipped' ? Number(repeat) : 0); i++) {
    verify.push(
      timed(() => {
        if (verifyContent(db) !== null) throw new Error('the plan does not verify');
      }),
    );
  }
  db.close();
  const strip = (runs) => runs.map(({ ms, cpuMs }) => ({ ms, cpuMs }));
  console.log(JSON.stringify({ open: strip(open), verify: strip(verify) }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
