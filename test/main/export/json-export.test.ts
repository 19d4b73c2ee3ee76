import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPlanToFile, renderPlanJson } from '../../../src/main/export';
import { prettyJsonTexts } from '../../../src/main/export/json';
import { largePlan } from '../../helpers/large-plan';
import { useTempDir } from '../../helpers/temp-dir';
import { examplePlan } from './plans';

describe('the JSON export written a piece at a time', () => {
  const tempDir = useTempDir();

  it('writes the very bytes of the whole text', async () => {
    const doc = examplePlan();
    doc.activities[0]!.title = 'Ny\nlinje, "citat", 🚀 og \u2028';
    doc.activities[1]!.description = 'æøå'.repeat(30_000);
    const target = join(tempDir(), 'plan.json');
    const written = await exportPlanToFile(doc, 'json', target, { lang: 'da' });
    const expected = renderPlanJson(doc);
    const file = readFileSync(target);
    expect(file.equals(expected)).toBe(true);
    expect(written.bytes).toBe(expected.length);
  });

  it('writes a status snapshot’s figures, taken apart deeper, as the whole text does', async () => {
    const doc = largePlan(200, { snapshots: true });
    expect(doc.statusSnapshots.length).toBeGreaterThan(0);
    const target = join(tempDir(), 'snapshots.json');
    await exportPlanToFile(doc, 'json', target, { lang: 'da' });
    expect(readFileSync(target).equals(renderPlanJson(doc))).toBe(true);
  });

  it('indents like JSON.stringify whatever the values are', () => {
    const value = {
      empty: [],
      none: {},
      gone: undefined,
      list: [1, undefined, () => 1, { a: [], b: { c: [null, 'x\ny'] } }, [[]], new Date(0)],
      rows: [{ deep: { deeper: { deepest: [1, { e: {} }] } }, skip: undefined }],
      text: 'tekst',
      n: null,
      statusSnapshots: [{ data: { activities: [{ id: 'a', ids: [] }], none: {} } }],
    };
    for (const splitTo of [1, 2, 3, 6]) {
      expect([...prettyJsonTexts(value, 0, splitTo)].join('')).toBe(JSON.stringify(value, null, 2));
    }
    expect([...prettyJsonTexts([], 0)].join('')).toBe('[]');
  });
});
