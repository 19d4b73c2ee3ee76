// `npm run bench -- gate`: what each check of the gate adds to opening a plan with 20,000
// activities, timed against cores built with that check changed (GATE_VARIANTS in build.mjs).
import { GATE_VARIANTS } from './build.mjs';
import { median, runChild } from './child.mjs';

/** The most the checksums may add to opening a plan, as a fraction of opening without them. */
const TARGET_CHECKSUM_SHARE = 0.15;
const OPEN_PROCESSES = 5;
const OPEN_RUNS = 5;

/**
 * Opening a plan with 20,000 activities: the one gate every way in passes (SQLite's check, the
 * schema, every row's checksum, the undo history and the change log, the model's rules), the lock,
 * and the plan for the window; timed as shipped and with the gate's variants (GATE_VARIANTS), in
 * fresh processes taken in turn, so that a busy spell of the machine falls on all of them alike.
 */
export function studyGate(root, outDir, plan, activities, bytes) {
  const measure = (variant) => {
    const r = runChild(root, 'run-gate.mjs', [outDir, plan, String(OPEN_RUNS), variant]);
    if (r.failed) throw new Error(r.failed);
    return r;
  };
  process.stdout.write(
    `\nÅbning af en plan med ${activities} indsatser (${(bytes / 1e6).toFixed(1)} MB), ` +
      `${OPEN_PROCESSES} nye processer à ${OPEN_RUNS} åbninger for hver udgave af kontrollen:\n`,
  );
  const variants = ['shipped', ...Object.keys(GATE_VARIANTS)];
  const runs = Object.fromEntries(variants.map((v) => [v, []]));
  for (let i = 0; i < OPEN_PROCESSES; i++) {
    for (const variant of variants) {
      runs[variant].push(measure(variant));
    }
  }
  // The first opening in a process also loads and compiles the code; the later ones are the
  // opening itself.
  const again = (variant, key) => runs[variant].flatMap((r) => r.open.slice(1).map((o) => o[key]));
  const first = (variant, key) => runs[variant].map((r) => r.open[0][key]);
  const spread = (values) =>
    `${seconds(Math.min(...values))} / ${seconds(median(values))} / ${seconds(Math.max(...values))}`;
  const labels = {
    shipped: 'som programmet åbner (integrity_check og kontrolsummer)',
    'no-checksums': 'uden kontrollen af kontrolsummerne',
    'quick-check': 'med quick_check i stedet for integrity_check',
    'no-checksums-quick-check': 'uden kontrolsummer og med quick_check (som før)',
  };
  process.stdout.write(
    '        tid min / median / max       CPU-tid median  (åbning igen i samme proces)\n',
  );
  for (const variant of variants) {
    process.stdout.write(
      `        ${spread(again(variant, 'ms'))}  ${seconds(median(again(variant, 'cpuMs')))}  ` +
        `${labels[variant]}; første åbning ${seconds(median(first(variant, 'ms')))}\n`,
    );
  }
  const added = (variant, base, key) => median(again(variant, key)) / median(again(base, key)) - 1;
  const percent = (share) => `${(share * 100).toFixed(1)} %`;
  const checksums = added('shipped', 'no-checksums', 'ms');
  const checksumsCpu = added('shipped', 'no-checksums', 'cpuMs');
  const verify = runs.shipped.flatMap((r) => r.verify.slice(1).map((v) => v.ms));
  process.stdout.write(
    `${checksums <= TARGET_CHECKSUM_SHARE ? 'OK  ' : 'OVER'}  kontrolsummerne lægger ${percent(checksums)} til åbningen ` +
      `(CPU-tid ${percent(checksumsCpu)}; kontrollen alene ${seconds(median(verify))}; mål: højst ${TARGET_CHECKSUM_SHARE * 100} %)\n` +
      `        integrity_check i stedet for quick_check lægger ${percent(added('shipped', 'quick-check', 'ms'))} til ` +
      `(CPU-tid ${percent(added('shipped', 'quick-check', 'cpuMs'))})\n` +
      `        begge dele mod åbningen som før: ${percent(added('shipped', 'no-checksums-quick-check', 'ms'))}\n`,
  );
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}
