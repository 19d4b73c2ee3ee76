// Opening a plan with the gate as shipped or with one of its checks changed (see GATE_VARIANTS
// in scripts/bench.mjs), in a fresh process: what each check of the gate costs. Prints one JSON
// line.
import { answer, built, timed } from './measure.mjs';

const [outDir, path, repeat = '3', variant = 'shipped'] = process.argv.slice(2);
// The core as shipped, or one built with a check of the gate changed.
const core = built(variant === 'shipped' ? outDir : `${outDir}/${variant}`, 'core');
const { verifyContent } = built(outDir, 'verify-content');
const { openConnection } = built(outDir, 'connection');

// As the program opens a plan: the gate, the lock, and the plan for the window.
const open = [];
for (let i = 0; i < Number(repeat); i++) {
  open.push(
    await timed(() => {
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
    await timed(() => {
      if (verifyContent(db) !== null) throw new Error('the plan does not verify');
    }),
  );
}
db.close();
const strip = (runs) => runs.map(({ ms, cpuMs }) => ({ ms, cpuMs }));
answer({ open: strip(open), verify: strip(verify) });
