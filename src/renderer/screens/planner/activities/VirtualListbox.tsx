import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** Rows drawn beyond the visible ones, so fast scrolling does not show blank space. */
const OVERSCAN = 4;
/** The height assumed before the box is measured (and in jsdom, which has no layout). */
const FALLBACK_HEIGHT = 480;

export interface VirtualListboxProps {
  id?: string;
  label: string;
  describedBy?: string;
  count: number;
  /** Every row has this height in CSS pixels: what makes the window arithmetic exact. */
  rowHeight: number;
  activeIndex: number;
  onActiveChange: (index: number) => void;
  optionId: (index: number) => string;
  renderOption: (index: number) => ReactNode;
  /** Keys the list does not use itself (Delete, Alt+Arrow, Enter …). */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/** The box's size as measured, or the fallback height while it measures as nothing. */
function observeBox(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (rect: Rect) => void,
): (() => void) | undefined {
  return observeElementRect(instance, (rect) =>
    report(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }),
  );
}

/** Scrolls by setting the box's position, which every browser (and jsdom) takes at once. */
function scrollBox(
  offset: number,
  { adjustments = 0 }: { adjustments?: number },
  instance: Virtualizer<HTMLDivElement, Element>,
): void {
  if (instance.scrollElement) instance.scrollElement.scrollTop = offset + adjustments;
}

/**
 * A listbox that keeps only the rows in view (plus a few) in the DOM, so thousands of activities
 * scroll and filter without delay; the window is @tanstack/react-virtual's, as for the timeline.
 * Focus stays on the listbox; `aria-activedescendant` names the active row, which is always in
 * the DOM, and `aria-setsize`/`aria-posinset` tell a screen reader where it is in the whole list.
 * Selection follows the active row, as in a desktop program's master list.
 */
export function VirtualListbox({
  id,
  label,
  describedBy,
  count,
  rowHeight,
  activeIndex,
  onActiveChange,
  optionId,
  renderOption,
  onKeyDown,
}: VirtualListboxProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  // Where the list was last told to scroll, and where the virtualizer had it then: until the
  // browser's scroll event tells the virtualizer, that is where the box stands.
  const written = useRef<{ target: number; before: number | null } | null>(null);
  // Nothing here memoizes what the virtualizer returns; it is read afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer<HTMLDivElement, Element>({
    count,
    getScrollElement: () => boxRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    initialRect: { width: 0, height: FALLBACK_HEIGHT },
    observeElementRect: observeBox,
    scrollToFn: (offset, options, instance) => {
      written.current = {
        target: offset + (options.adjustments ?? 0),
        before: instance.scrollOffset,
      };
      scrollBox(offset, options, instance);
    },
    // The active row stays in the DOM wherever the list is scrolled, for aria-activedescendant.
    rangeExtractor: (range: Range) => {
      const shown = defaultRangeExtractor(range);
      if (activeIndex < 0 || activeIndex >= count || shown.includes(activeIndex)) return shown;
      return [...shown, activeIndex].sort((a, b) => a - b);
    },
  });

  // Whoever changed the active row (keys, a new activity, a search), it is scrolled into view,
  // and only when it is not in view already: the virtualizer works out where to scroll from the
  // box's scroll height, which forces the browser to lay out the new rows at once (most of each
  // arrow key's task at 20,000 activities), and does so too for a row just at the box's edge.
  useEffect(() => {
    if (activeIndex < 0 || activeIndex >= count) return;
    const top = activeIndex * rowHeight;
    const told = written.current;
    const offset =
      told && rows.scrollOffset === told.before ? told.target : (rows.scrollOffset ?? 0);
    const seen = rows.scrollRect?.height || FALLBACK_HEIGHT;
    if (top >= offset && top + rowHeight <= offset + seen) return;
    rows.scrollToIndex(activeIndex);
  }, [activeIndex, count, rowHeight, rows]);

  const height = rows.scrollRect?.height || FALLBACK_HEIGHT;
  const pageRows = Math.max(1, Math.floor(height / rowHeight) - 1);
  const activeShown = activeIndex >= 0 && activeIndex < count;

  const keys = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const to = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageRows,
      PageUp: activeIndex - pageRows,
      Home: 0,
      End: count - 1,
    }[event.key];
    if (to === undefined || count === 0) return;
    event.preventDefault();
    onActiveChange(Math.min(count - 1, Math.max(0, to)));
  };

  return (
    <div
      ref={boxRef}
      id={id}
      role="listbox"
      tabIndex={0}
      className="vlist"
      aria-label={label}
      aria-describedby={describedBy}
      aria-activedescendant={activeShown ? optionId(activeIndex) : undefined}
      onKeyDown={keys}
    >
      <div role="presentation" className="vlist-spacer" style={{ height: rows.getTotalSize() }}>
        {rows.getVirtualItems().map(({ index: i, start }) => (
          <div
            key={i}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            aria-posinset={i + 1}
            aria-setsize={count}
            className={i === activeIndex ? 'vlist-option selected' : 'vlist-option'}
            style={{ top: start, height: rowHeight }}
            onClick={() => {
              onActiveChange(i);
              boxRef.current?.focus();
            }}
          >
            {renderOption(i)}
          </div>
        ))}
      </div>
    </div>
  );
}
