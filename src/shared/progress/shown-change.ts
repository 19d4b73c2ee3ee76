import type { NullableDelta } from './snapshot-diff';

/** A change of progress as the reader sees it: whole percents, and the change between them. */
export interface ShownProgressChange {
  from: number;
  to: number;
  /** In percentage points. */
  change: number;
}

/**
 * Progress between two statuses in whole percents, the change taken between the rounded ends so
 * that the three figures always add up: 48.6 % → 49.4 % reads »49 % → 49 % (0 procentpoint)«,
 * not »+1« beside two equal figures. Null when either end has no progress.
 */
export function shownProgressChange(delta: NullableDelta): ShownProgressChange | null {
  if (delta.from === null || delta.to === null) return null;
  const from = Math.round(delta.from);
  const to = Math.round(delta.to);
  return { from, to, change: to - from };
}
