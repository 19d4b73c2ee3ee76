import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Wide tables scroll sideways inside their own box rather than widening the page. While the box
 * actually scrolls it is a tab stop, so keyboard users can scroll it too; when everything fits it
 * stays out of the way.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const measure = () => setOverflowing(box.scrollWidth > box.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className="table-scroll"
      role="region"
      aria-label={label}
      tabIndex={overflowing ? 0 : undefined}
    >
      {children}
    </div>
  );
}
