export type WorkshopKeyAction =
  { kind: 'next' } | { kind: 'previous' } | { kind: 'goTo'; index: number } | { kind: 'end' };

/**
 * What a key does in workshop mode: left and right arrows and Page Up/Down (what a presenter's
 * clicker sends) change step, up and down still scroll a long step, Home and End go to the ends, 1–9 jump to a step, Esc ends the workshop. Keys
 * with Ctrl, Alt or Meta are left to the program (undo, say).
 */
export function workshopKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  count: number,
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
      return { kind: 'end' };
  }
  if (/^[1-9]$/.test(event.key) && Number(event.key) <= count) {
    return { kind: 'goTo', index: Number(event.key) - 1 };
  }
  return null;
}
