import { describe, expect, it } from 'vitest';
import { splitPlanCopy } from '../../../src/shared/excel-import/plan-copy';

describe("the plan's text in cells", () => {
  it('is cut in pieces a cell holds, and never inside a character of two code units', () => {
    const text = `${'a'.repeat(29_999)}😀${'b'.repeat(40_000)}`;
    const pieces = splitPlanCopy(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((p) => p.length <= 30_000)).toBe(true);
    expect(pieces[0]!.endsWith('a')).toBe(true);
    expect(pieces[1]!.startsWith('😀')).toBe(true);
    expect(splitPlanCopy('')).toEqual([]);
  });
});
