import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseName } from '../../../helpers/damaged-files/case-id';
import { runCase, openWorkbench, type Workbench } from '../../../helpers/damaged-files/workbench';
import { makeWorkFolder } from '../../../helpers/damaged-files/work-folder';

/**
 * Older plans with a bit flipped in a number: SQLite's own check passes them, and the older
 * tables took the value, but the migration to this version rewrites every row (to give it its
 * checksum) into tables that refuse it. That must be a damaged file, said in one line, the same
 * by every way in — not an untyped SQLite error.
 */
const CASES = ['cell-number-bit/old-v1/568930955', 'cell-number-bit/old-v1/535757298'];

describe('an older plan whose values the migration refuses', () => {
  let root: string;
  let bench: Workbench;
  beforeAll(async () => {
    root = makeWorkFolder();
    bench = await openWorkbench(root);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(CASES)('%s is refused as damaged by every way in, with the same line', async (name) => {
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
    const [line] = [...lines];
    expect(line).toMatch(/^Planen \S+ er beskadiget og kan ikke åbnes \(filen kan ikke/);
    expect(line).toContain(
      'føres fra filformat 1 til 4, fordi en værdi i den bryder planens regler',
    );
    expect(line).not.toContain('\n');
  });
});
