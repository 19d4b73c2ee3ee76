// Merging two copies of a plan, for scripts/bench.mjs: each copy gets edits of its own (and one
// in conflict), then the core compares them (what the merge dialog shows) and writes the merge
// (conflicts kept as mine, as the command does). The floor is the bare read of both files.
// Prints one JSON line.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bareRead } from './bare-read.mjs';
import { answer, built, peakMb, timed } from './measure.mjs';

const [outDir, path, runs = '2'] = process.argv.slice(2);
const core = built(outDir, 'core');
const EDITS = 20;
const folder = mkdtempSync(join(tmpdir(), 'omstil-bench-merge-'));
try {
  const mine = join(folder, 'Min kopi.omstil');
  const theirs = join(folder, 'Deres kopi.omstil');
  copyFileSync(path, mine);
  copyFileSync(path, theirs);
  const edit = (file, from, label) => {
    const session = core.PlanSession.open(file);
    const { activities } = session.snapshot().document;
    // Both copies change the first activity's title: the one conflict.
    for (const i of [0, ...Array.from({ length: EDITS }, (_, n) => from + n)]) {
      core.updateEntity(session, {
        entity: 'activity',
        id: activities[i].id,
        patch: { title: `${activities[i].title} (${label})` },
      });
    }
    session.close();
  };
  edit(mine, 1, 'min rettelse');
  edit(theirs, 1 + EDITS, 'deres rettelse');

  const preview = [];
  const write = [];
  const floor = [];
  let conflicts = 0;
  for (let i = 0; i < Number(runs); i++) {
    floor.push((await timed(() => bareRead(mine) + bareRead(theirs))).ms);
    const compared = await timed(() => core.planMerge(mine, theirs));
    conflicts = compared.value.conflicts.length;
    preview.push(compared.ms);
    write.push(
      (await timed(() => core.writeMerge(mine, theirs, {}, join(folder, `Flettet ${i}.omstil`))))
        .ms,
    );
  }
  answer({ preview, write, floor, conflicts, peakMb: peakMb() });
} finally {
  rmSync(folder, { recursive: true, force: true });
}
