// Writes the plan of a given number of activities that the other measurements read, in a
// process of its own (scripts/bench.mjs makes each size once). Prints one JSON line.
import { statSync } from 'node:fs';
import { answer, built, timed } from './measure.mjs';

const [outDir, path, activities] = process.argv.slice(2);
const { largePlan } = built(outDir, 'large-plan');
const core = built(outDir, 'core');
const doc = largePlan(Number(activities), { snapshots: true });
const { ms } = await timed(() => core.createPlanFile(path, doc));
answer({ activities: doc.activities.length, bytes: statSync(path).size, ms });
