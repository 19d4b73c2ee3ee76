import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

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

/**
 * A listbox that keeps only the rows in view (plus a few) in the DOM, so thousands of activities
 * scroll and filter without delay. Focus stays on the listbox; `aria-activedescendant` names the
 * active row, and `aria-setsize`/`aria-posinset` tell a screen reader where it is in the whole
 * list. Selection follows the active row, as in a desktop program's master list.
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
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setHeight(box.clientHeight || FALLBACK_HEIGHT));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // Whoever changed the active row (keys, a new activity, a search), it is scrolled into view.
  useEffect(() => {
    const box = boxRef.current;
    if (!box || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    const visible = box.clientHeight || FALLBACK_HEIGHT;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + rowHeight > box.scrollTop + visible) box.scrollTop = top + rowHeight - visible;
  }, [activeIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const pageRows = Math.max(1, Math.floor(height / rowHeight) - 1);
  const activeShown = activeIndex >= first && activeIndex < last;

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

  const rows = Array.from({ length: Math.max(0, last - first) }, (_, k) => first + k).map((i) => (
    <div
      key={i}
      id={optionId(i)}
      role="option"
      aria-selected={i === activeIndex}
      aria-posinset={i + 1}
      aria-setsize={count}
      className={i === activeIndex ? 'vlist-option selected' : 'vlist-option'}
      style={{ top: i * rowHeight, height: rowHeight }}
      onClick={() => {
        onActiveChange(i);
        boxRef.current?.focus();
      }}
    >
      {renderOption(i)}
    </div>
  ));

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
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={keys}
    >
      <div role="presentation" className="vlist-spacer" style={{ height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
