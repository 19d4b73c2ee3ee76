import {
  defaultRangeExtractor,
  measureElement,
  useWindowVirtualizer,
  type Range,
} from '@tanstack/react-virtual';
import { useEffect, useState } from 'react';
import { ROW_HEIGHT } from './timeline-geometry';

/**
 * Up to this many rows the chart is drawn whole: still quick, and all of it searchable with the
 * browser's Find. A committee's own plan seldom has more.
 */
const WHOLE_UP_TO = 200;
/** Rows drawn beyond the window, so a quick scroll does not show empty rows. */
const OVERSCAN = 10;
/** What the app's header, the month axis and the messages, all sticky, cover of the window's top. */
const STICKY_TOP = 160;

/**
 * Which of the timeline's rows to draw: all of a short chart; of a long one, those in the browser
 * window and a few beyond, and those that must stay in the page wherever it is scrolled: the bar
 * holding the chart's tab stop and the bar whose details are open. The page scrolls, not the chart,
 * so the window is the browser's, offset by where the chart begins on the page. The bars are all
 * `rowHeight` high; rows of text (the table view) are measured once drawn.
 */
export function useRowWindow(
  count: number,
  keep: readonly (number | undefined)[],
  rowHeight: number = ROW_HEIGHT,
) {
  const [chart, setChart] = useState<Element | null>(null);
  const [top, setTop] = useState(0);
  // What is above the chart (a message, the toolbar wrapping) moves it, and changes the page's
  // size as it does; the chart's place is read again then, after the browser's own layout.
  useEffect(() => {
    if (!chart || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      setTop(Math.round(chart.getBoundingClientRect().top + window.scrollY));
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [chart]);
  const rows = useWindowVirtualizer({
    count,
    estimateSize: () => rowHeight,
    // Rows given `rows.measureElement` as their ref are measured once drawn; a row not laid out
    // (jsdom) keeps its estimate, or every row would seem to fit.
    measureElement: (element, entry, instance) => {
      const measured = measureElement(element, entry, instance);
      return measured > 0 ? measured : rowHeight;
    },
    overscan: OVERSCAN,
    scrollMargin: top,
    scrollPaddingStart: STICKY_TOP,
    rangeExtractor: (range: Range) =>
      count <= WHOLE_UP_TO
        ? Array.from({ length: count }, (_, i) => i)
        : withKept(defaultRangeExtractor(range), keep, count),
  });
  /** `chartRef` goes on the element the rows are drawn in, whose top is the first row's. */
  return { rows, chartRef: setChart };
}

/** The window's rows with the kept ones added, in order. */
export function withKept(
  window: readonly number[],
  keep: readonly (number | undefined)[],
  count: number,
): number[] {
  const extra = keep.filter(
    (i): i is number => i !== undefined && i >= 0 && i < count && !window.includes(i),
  );
  if (extra.length === 0) return [...window];
  return [...new Set([...window, ...extra])].sort((a, b) => a - b);
}
