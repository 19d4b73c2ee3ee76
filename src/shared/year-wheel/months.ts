/** The month `offset` months after `month`, on the 1–12 wheel. */
export function shiftMonth(month: number, offset: number): number {
  return ((((month - 1 + offset) % 12) + 12) % 12) + 1;
}

/** Months from `from` forward to `to` on the wheel: 0 … 11. */
export function monthsForward(from: number, to: number): number {
  return (((to - from) % 12) + 12) % 12;
}

/** Shortest distance between two months on the wheel: 0 … 6. */
export function monthDistance(a: number, b: number): number {
  const forward = monthsForward(a, b);
  return Math.min(forward, 12 - forward);
}

/**
 * Danish workplaces are empty in July, so a meeting that would fall there moves: to June when it
 * closes something (the evaluation), to August when it opens something.
 */
export function avoidJuly(month: number, direction: 'earlier' | 'later'): number {
  if (month !== 7) return month;
  return direction === 'earlier' ? 6 : 8;
}
