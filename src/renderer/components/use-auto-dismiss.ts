import { useEffect, useState, type FocusEvent } from 'react';

/** How long the undo offer stays: long enough to read it twice, short enough not to linger. */
export const UNDO_TOAST_MS = 8000;

/**
 * Calls `dismiss` `ms` after `item` appears, unless the pointer or the focus is in the message
 * (WCAG 2.2.1: who is reading or about to press it gets the time they need); leaving it starts
 * the full time again. A new item starts its own time.
 */
export function useAutoDismiss(item: unknown, dismiss: () => void, ms = UNDO_TOAST_MS) {
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const paused = held.pointer || held.focus;
  useEffect(() => {
    if (item === null || item === undefined || paused) return;
    const timer = setTimeout(dismiss, ms);
    return () => clearTimeout(timer);
  }, [item, paused, dismiss, ms]);
  return {
    onPointerEnter: () => setHeld((h) => ({ ...h, pointer: true })),
    onPointerLeave: () => setHeld((h) => ({ ...h, pointer: false })),
    onFocus: () => setHeld((h) => ({ ...h, focus: true })),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) {
        setHeld((h) => ({ ...h, focus: false }));
      }
    },
  };
}
