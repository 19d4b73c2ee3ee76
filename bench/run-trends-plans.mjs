// Writes the trends benchmark's plans once: `count` plans of `activities` activities each, one
// plan from the shared generator written by the core's own writer and copied, each copy given its
// own id, title and organisation in its plan row and stamped afresh (each an honest plan file the
// gate accepts, and a plan of its own to the report). One JSON line.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { answer, built, timed } from './measure.mjs';

const [outDir, folder, count, activities] = process.argv.slice(2);
const { largePlan } = built(outDir, 'large-plan');
const { writePlanCopies } = built(outDir, 'plan-bytes');
const doc = largePlan(Number(activities));
const files = Array.from({ length: Number(count) }, (_, i) =>
  join(folder, `Plan ${String(i + 1).padStart(3, '0')}.omstil`),
);
const { ms } = await timed(() =>
  writePlanCopies(files, doc, (i) => ({
    id: `00000000-0000-4000-8999-${i.toString(16).padStart(12, '0')}`,
    title: `Kompetenceplan ${i + 1}`,
    organisation: `Styrelse ${(i % 25) + 1}`,
  })),
);
answer({
  files: files.length,
  bytes: statSync(files[0]).size,
  activities: doc.activities.length,
  ms,
});
