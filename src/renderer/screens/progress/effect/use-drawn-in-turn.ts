import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `count` items to draw: the first `first` with the screen, and all of them right
 * after in a transition, which React draws in short slices between the browser's other work. A
 * screen of many large items then opens in one short task instead of one long one, and every
 * item is still in the page once drawn (found by the browser's Find, listed by a screen reader).
 */
export function useDrawnInTurn(count: number, first: number): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (all || count <= first) return;
    startTransition(() => setAll(true));
  }, [all, count, first]);
  return all ? count : Math.min(count, first);
}
