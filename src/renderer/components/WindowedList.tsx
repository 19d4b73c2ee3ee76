import {
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import './windowed-list.css';

/** Up to this many items a list is drawn whole, as any list is. */
const WHOLE_UP_TO = 40;
/** The height of the box a longer list scrolls in, before it is measured (and in jsdom). */
const BOX_HEIGHT = 480;
const OVERSCAN = 6;

/** The box's size as measured, or its planned height while it measures as nothing. */
function observeBox(
  instance: Virtualizer<HTMLDivElement, HTMLLIElement>,
  report: (rect: Rect) => void,
): (() => void) | undefined {
  return observeElementRect(instance, (rect) =>
    report(rect.height > 0 ? rect : { width: rect.width, height: BOX_HEIGHT }),
  );
}

/**
 * A list of links or facts that may be thousands long (the overdue activities of a plan of
 * 20,000, say). A short one is an ordinary `<ul>`; a long one scrolls in a box of its own and only
 * the items in view, and a few beyond, are in the page, each saying with `aria-posinset` and
 * `aria-setsize` where it is in the whole list. The box can be focused and scrolled with the keys,
 * and tabbing from link to link scrolls it on.
 */
interface WindowedListProps {
  count: number;
  itemKey: (index: number) => string;
  renderItem: (index: number) => ReactNode;
  /** An item's usual height in CSS pixels; each is measured once drawn. */
  estimateSize: number;
  /** What names the scrolling box: the id of the list's heading, or a text. */
  name: { labelledBy: string } | { label: string };
  className?: string | undefined;
}

export function WindowedList(props: WindowedListProps) {
  const { count, itemKey, renderItem, className } = props;
  if (count <= WHOLE_UP_TO) {
    return (
      <ul className={['no-max-width', className].filter(Boolean).join(' ')}>
        {Array.from({ length: count }, (_, i) => (
          <li key={itemKey(i)}>{renderItem(i)}</li>
        ))}
      </ul>
    );
  }
  return <LongList {...props} />;
}

function LongList({
  count,
  itemKey,
  renderItem,
  estimateSize,
  name,
  className,
}: WindowedListProps) {
  const box = useRef<HTMLDivElement>(null);
  // The first items are drawn by their estimate, and the virtualizer takes the list over a frame
  // later: started at once, it read the box's size and scroll height as the list was put in the
  // page, which forced the layout of the whole screen into the task that drew it (half of the
  // progress screen's longest task at 20,000 activities). A frame later the layout is done.
  const [watched, setWatched] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setWatched(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  // Nothing here memoizes what the virtualizer returns; it is read afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const items = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count,
    enabled: watched,
    getScrollElement: () => box.current,
    estimateSize: () => estimateSize,
    overscan: OVERSCAN,
    getItemKey: itemKey,
    initialRect: { width: 0, height: BOX_HEIGHT },
    observeElementRect: observeBox,
    // An item not laid out (jsdom) keeps its estimate, or every item would seem to fit.
    measureElement: (element, entry, instance) => {
      const measured = measureElement(element, entry, instance);
      return measured > 0 ? measured : estimateSize;
    },
  });
  return (
    // The box scrolls with the keys, so it is a tab stop with a name (WCAG 2.1.1).
    <div
      ref={box}
      className="windowed-list"
      tabIndex={0}
      role="region"
      aria-labelledby={'labelledBy' in name ? name.labelledBy : undefined}
      aria-label={'label' in name ? name.label : undefined}
    >
      <ul
        className={['no-max-width', className].filter(Boolean).join(' ')}
        style={{ height: watched ? items.getTotalSize() : count * estimateSize }}
      >
        {(watched ? items.getVirtualItems() : firstItems(count, estimateSize, itemKey)).map(
          (item) => (
            <li
              key={item.key}
              ref={watched ? items.measureElement : undefined}
              data-index={item.index}
              aria-posinset={item.index + 1}
              aria-setsize={count}
              style={{ transform: `translateY(${String(item.start)}px)` }}
            >
              {renderItem(item.index)}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

/** The items the virtualizer would show first in a box of the planned height, by estimate. */
function firstItems(count: number, estimateSize: number, itemKey: (index: number) => string) {
  const shown = Math.min(count, Math.ceil(BOX_HEIGHT / estimateSize) + OVERSCAN);
  return Array.from({ length: shown }, (_, index) => ({
    index,
    key: itemKey(index),
    start: index * estimateSize,
  }));
}
