export type WorkshopKeyAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'goTo'; index: number }
  | { kind: 'leave' }
  | { kind: 'timer' }
  | { kind: 'extend' }
  | { kind: 'help' };

type KeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/**
 * What a key does in workshop mode: left and right arrows and Page Up/Down (what a presenter's
 * clicker sends) change step, up and down still scroll a long step, Home and End go to the ends,
 * 1–9 jump to a step, T or Space starts and pauses the timer, + gives the step five minutes more,
 * F1 shows the help and Esc leaves the room (the workshop stays open). Keys with Ctrl, Alt or
 * Meta are left to the program (undo, say). `onControl` is true when focus is on a button or a
 * link, whose own key Space is.
 */
export function workshopKeyAction(
  event: KeyEvent,
  count: number,
  onControl = false,
): WorkshopKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'previous' };
    case 'Home':
      return { kind: 'goTo', index: 0 };
    case 'End':
      return { kind: 'goTo', index: count - 1 };
    case 'Escape':
      return { kind: 'leave' };
    case 'F1':
      return { kind: 'help' };
    case 't':
    case 'T':
      return { kind: 'timer' };
    case ' ':
      return onControl ? null : { kind: 'timer' };
    case '+':
      return { kind: 'extend' };
  }
  if (/^[1-9]$/.test(event.key) && Number(event.key) <= count) {
    return { kind: 'goTo', index: Number(event.key) - 1 };
  }
  return null;
}
