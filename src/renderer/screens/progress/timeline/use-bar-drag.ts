import { useRef, useState, type PointerEvent } from 'react';
import { barTarget } from './bar-target';
import { dragDates, snapDays, type Dates, type DragMode, type Snap } from './date-moves';

interface Drag {
  key: string;
  pointerId: number;
  startX: number;
  mode: DragMode;
  base: Dates;
  days: number;
  moved: boolean;
  /** False for a press on the title or the row around the bar: that can only be a click. */
  draggable: boolean;
}

/** Pixels a press may wander before it counts as a drag rather than a click. */
const CLICK_SLOP = 4;

/**
 * Dragging a bar: the body moves the activity, the right end changes its end date. While the
 * pointer moves only a preview changes; letting go saves once. A press that does not move is a
 * click, which the timeline treats as Enter.
 */
export function useBarDrag({
  pxPerDay,
  snap,
  enabled,
  datesOf,
  onCommit,
  onClick,
}: {
  pxPerDay: number;
  snap: Snap;
  enabled: boolean;
  datesOf: (key: string) => Dates | null;
  onCommit: (key: string, dates: Dates) => void;
  onClick: (key: string) => void;
}) {
  const drag = useRef<Drag | null>(null);
  const [preview, setPreview] = useState<{ key: string; dates: Dates } | null>(null);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const hit = barTarget(event.target);
    const base = hit ? datesOf(hit.key) : null;
    if (!hit || !base) return;
    const draggable = enabled && hit.part !== 'row';
    drag.current = {
      key: hit.key,
      pointerId: event.pointerId,
      startX: event.clientX,
      mode: hit.part === 'end' ? 'end' : 'move',
      base,
      days: 0,
      moved: false,
      draggable,
    };
    if (draggable) {
      // Without this the browser starts selecting text or scrolling instead of dragging.
      event.preventDefault();
      event.currentTarget.setPointerCapture?.(event.pointerId);
    }
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId || !d.draggable) return;
    const dx = event.clientX - d.startX;
    if (Math.abs(dx) >= CLICK_SLOP) d.moved = true;
    if (!d.moved) return;
    const days = snapDays(dx / pxPerDay, snap);
    if (days === d.days) return;
    d.days = days;
    setPreview({ key: d.key, dates: dragDates(d.base, d.mode, days) });
  };

  const finish = (event: PointerEvent<SVGSVGElement>, cancelled: boolean) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    drag.current = null;
    setPreview(null);
    if (event.currentTarget.hasPointerCapture?.(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
    if (cancelled) return;
    if (!d.moved) onClick(d.key);
    else if (d.days !== 0) onCommit(d.key, dragDates(d.base, d.mode, d.days));
  };

  return {
    preview,
    onPointerDown,
    onPointerMove,
    onPointerUp: (event: PointerEvent<SVGSVGElement>) => finish(event, false),
    onPointerCancel: (event: PointerEvent<SVGSVGElement>) => finish(event, true),
  };
}
