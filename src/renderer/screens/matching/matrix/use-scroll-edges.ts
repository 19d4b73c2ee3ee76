import { useCallback, useState } from 'react';

export interface ScrollEdges {
  /** Columns lie beyond the right edge. */
  right: boolean;
  /** Columns lie beyond the left edge (next to the competence column, which stays). */
  left: boolean;
}

/**
 * Whether a sideways-scrolling box has more to show on either side, followed as it scrolls and
 * as the window or the content changes size. Returns the edges and the ref to put on the box.
 */
export function useScrollEdges(): [ScrollEdges, (el: HTMLElement | null) => (() => void) | void] {
  const [edges, setEdges] = useState<ScrollEdges>({ right: false, left: false });
  const ref = useCallback((el: HTMLElement | null) => {
    if (!el) return;
    const measure = () => {
      // A pixel's rounding at either end is not more to see.
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      const left = el.scrollLeft > 1;
      setEdges((old) => (old.right === right && old.left === left ? old : { right, left }));
    };
    el.addEventListener('scroll', measure, { passive: true });
    // The observer also measures once as it starts, so the first look is right too.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    if (el.firstElementChild) observer?.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);
  return [edges, ref];
}
