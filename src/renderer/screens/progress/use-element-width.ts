import { useEffect, useState, type RefObject } from 'react';

/**
 * The width of an element, following window resizes, so a chart is drawn for the room it has
 * rather than scaled (scaled text gets too small on a projector). `fallback` is used until the
 * first measurement, and where nothing can be measured (tests in jsdom).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
