import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAMAGE_KINDS } from '../../../helpers/damaged-files/damage-kinds';
import { ORIGINAL_NAMES } from '../../../helpers/damaged-files/originals';
import { SEED } from '../../../helpers/damaged-files/run';
import {
  failingExamples,
  forbiddenCounts,
  formatTally,
  tally,
} from '../../../helpers/damaged-files/tally';
import { caseName, sampleCases } from '../../../helpers/damaged-files/case-id';
import {
  makeDamagedFile,
  openWorkbench,
  runCase,
  type FileResult,
  type Workbench,
} from '../../../helpers/damaged-files/workbench';
import { makeWorkFolder } from '../../../helpers/damaged-files/work-folder';

/**
 * What must be the same in a file beside the plan when it is made again: all of it, but for a WAL
 * file, whose header SQLite salts with fresh random numbers (and its checksums with them).
 */
const sameness = ({ suffix, bytes }: { suffix: string; bytes: Buffer }) =>
  suffix === '-wal' ? { suffix, length: bytes.length } : { suffix, bytes: bytes.toString('hex') };

/** The CI run's share of the full set (`npm run bench:integrity`): a sample of 600 files. */
const CI_FILES = 600;

describe('damaged plan files, through every way in', () => {
  let root: string;
  let bench: Workbench;
  beforeAll(async () => {
    root = makeWorkFolder();
    bench = await openWorkbench(root);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('makes the same bytes again from a damaged file’s name, so a failure can be replayed', () => {
    for (const id of sampleCases(DAMAGE_KINDS.length * ORIGINAL_NAMES.length, SEED)) {
      const first = makeDamagedFile(bench, id);
      const again = makeDamagedFile(bench, id);
      expect(again.plan.equals(first.plan), caseName(id)).toBe(true);
      expect(again.beside.map(sameness), caseName(id)).toEqual(first.beside.map(sameness));
    }
  });

  it('damages every file it makes of every kind', () => {
    for (const id of sampleCases(DAMAGE_KINDS.length * ORIGINAL_NAMES.length * 2, SEED)) {
      const file = makeDamagedFile(bench, id);
      const original = bench.originals.find((o) => o.name === id.original);
      const intact = file.reference === 'newer' ? original?.newer : original?.state;
      const touched = file.beside.length > 0 || !file.plan.equals(intact?.bytes ?? Buffer.alloc(0));
      expect(touched, caseName(id)).toBe(true);
    }
  });

  it('sees a plan changed with another SQLite tool as not intact', async () => {
    const result = await runCase(bench, { kind: 'edited-with-sql', original: 'example', seed: 1 });
    expect(result.calls.map((c) => c.outcome)).not.toContain('intact');
  });

  it(
    `takes ${CI_FILES} damaged files through every way in: none opens with changed content ` +
      'silently, no stray journal harms a plan, nothing is left beside a plan, nothing crashes, ' +
      'and what one way refuses every way refuses',
    async () => {
      const results: FileResult[] = [];
      for (const id of sampleCases(CI_FILES, SEED)) results.push(await runCase(bench, id));
      const counts = tally(results);
      console.log(`${formatTally(counts)}\n\n${failingExamples(results, 30).join('\n')}`);

      // A plan half-written by a crash, with its own journal, must come back as it was.
      const crashes = results.filter((r) => r.id.kind === 'journal-of-a-crash');
      for (const result of crashes) {
        for (const call of result.calls) {
          expect(['intact', 'flagged'], `${caseName(result.id)} ${call.way}`).toContain(
            call.outcome,
          );
        }
      }
      expect(forbiddenCounts(counts), failingExamples(results).join('\n')).toEqual({
        changed: 0,
        harmed: 0,
        leftovers: 0,
        crash: 0,
        disagreements: 0,
      });
    },
    300_000,
  );
});
