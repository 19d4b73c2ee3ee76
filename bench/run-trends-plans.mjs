// Writes the trends benchmark's plans once: `count` plans of `activities` activities each, one
// plan from the shared generator written again per file with its own id, title and organisation
// (each an honest plan file the gate accepts, written by the core's own writer). One JSON line.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { answer, built, timed } from './measure.mjs';

const [outDir, folder, count, activities] = process.argv.slice(2);
const { largePlan } = built(outDir, 'large-plan');
const { writePlanBytes } = built(outDir, 'plan-bytes');
const doc = largePlan(Number(activities));
const files = [];
const { ms } = await timed(() => {
  for (let i = 0; i < Number(count); i++) {
    const file = join(folder, `Plan ${String(i + 1).padStart(3, '0')}.omstil`);
    const plan = {
      ...doc.plan,
      id: `00000000-0000-4000-8999-${i.toString(16).padStart(12, '0')}`,
      title: `Kompetenceplan ${i + 1}`,
      organisation: `Styrelse ${(i % 25) + 1}`,
    };
    writePlanBytes(file, { ...doc, plan });
    files.push(file);
  }
});
answer({
  files: files.length,
  bytes: statSync(files[0]).size,
  activities: doc.activities.length,
  ms,
});
