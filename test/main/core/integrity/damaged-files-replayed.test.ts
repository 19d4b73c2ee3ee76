import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../../../src/main/core';
import { parseCaseName } from '../../../helpers/damaged-files/case-id';
import { runCase, openWorkbench, type Workbench } from '../../../helpers/damaged-files/workbench';
import { makeWorkFolder } from '../../../helpers/damaged-files/work-folder';

/**
 * Damaged files from the full set (`npm run bench:integrity`) that once crashed a way in or got
 * through one, replayed by their names: each must be refused as damaged, in one line that names
 * what is wrong, the same by every way in.
 */
const CASES: [string, string, RegExp][] = [
  // Older plans with a bit flipped in a number: SQLite's own check passes them, and the older
  // tables took the value, but the migration adds columns to tables whose rules refuse it.
  [
    'cell-number-bit/old-v1/568930955',
    'an older plan with a value the migration refuses',
    new RegExp(
      `\\(filen kan ikke føres fra filformat 1 til ${CURRENT_VERSION}, fordi en værdi i den bryder planens regler: `,
    ),
  ],
  [
    'cell-number-bit/old-v1/535757298',
    'another older plan with a value the migration refuses',
    new RegExp(
      `\\(filen kan ikke føres fra filformat 1 til ${CURRENT_VERSION}, fordi en værdi i den bryder planens regler: `,
    ),
  ],
  // A bit flipped in the record header of a schema entry made a table's name a blob, which
  // SQLite reads, and compares, as the same text: the plan read as it was. Which entry the bit
  // lands in follows the schema's layout (first a table, since version 7 an index).
  [
    'record-header-bit/large/884175873',
    'a plan whose schema entry has a name of the wrong kind',
    /\(skemaets post for [a-z_]+ er beskadiget\)/,
  ],
];

describe('damaged files that once crashed or got through', () => {
  let root: string;
  let bench: Workbench;
  beforeAll(async () => {
    root = makeWorkFolder();
    bench = await openWorkbench(root);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(CASES)('%s (%s) is refused as damaged by every way in', async (name, _, says) => {
    const result = await runCase(bench, parseCaseName(name));
    expect(result.calls.map((c) => [c.way, c.outcome])).toEqual([
      ['edit', 'refused'],
      ['read-only', 'refused'],
      ['check', 'refused'],
      ['export', 'refused'],
    ]);
    // The host's answers carry the error's code; the commands print the line alone.
    expect(result.calls.slice(0, 2).map((c) => c.detail.slice(0, 9))).toEqual([
      'corrupt: ',
      'corrupt: ',
    ]);
    const lines = new Set(result.calls.map((c) => c.detail.replace(/^corrupt: /, '')));
    expect(lines.size).toBe(1);
    const [line = ''] = [...lines];
    expect(line).toMatch(/^Planen \S+ er beskadiget og kan ikke åbnes \(/);
    expect(line).toMatch(says);
    expect(line).not.toContain('\n');
  });
});
