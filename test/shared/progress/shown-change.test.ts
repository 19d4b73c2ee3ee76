import { describe, expect, it } from 'vitest';
import { shownProgressChange } from '../../../src/shared/progress';

const between = (from: number | null, to: number | null) =>
  shownProgressChange({ from, to, change: from === null || to === null ? null : to - from });

describe('progress between two statuses as the reader sees it', () => {
  it('takes the change between the whole percents shown, so the three figures add up', () => {
    // 0.8 points apart, but both read 49 %: no change to report.
    expect(between(48.6, 49.4)).toEqual({ from: 49, to: 49, change: 0 });
    // 1.2 points apart, shown as 48 % and 50 %: two points, not one.
    expect(between(48.4, 49.6)).toEqual({ from: 48, to: 50, change: 2 });
    expect(between(62.5, 37.4)).toEqual({ from: 63, to: 37, change: -26 });
  });

  it('has nothing to show when either status has no progress', () => {
    expect(between(null, 40)).toBeNull();
    expect(between(40, null)).toBeNull();
  });
});
