import { KEY_STEP_DAYS } from './date-moves';

export type KeyAction =
  | { kind: 'focus'; by: number }
  | { kind: 'move'; days: number }
  | { kind: 'end'; days: number }
  | { kind: 'details' }
  | { kind: 'close' };

/**
 * What a key does on a focused bar: Up and Down (Home and End) go to another bar, Left and Right
 * move the activity a week, with Shift its end only, Enter and Space open its details.
 */
export function keyAction(key: string, shift: boolean, barCount: number): KeyAction | null {
  switch (key) {
    case 'ArrowUp':
      return { kind: 'focus', by: -1 };
    case 'ArrowDown':
      return { kind: 'focus', by: 1 };
    case 'Home':
      return { kind: 'focus', by: -barCount };
    case 'End':
      return { kind: 'focus', by: barCount };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const days = key === 'ArrowLeft' ? -KEY_STEP_DAYS : KEY_STEP_DAYS;
      return shift ? { kind: 'end', days } : { kind: 'move', days };
    }
    case 'Enter':
    case ' ':
      return { kind: 'details' };
    case 'Escape':
      return { kind: 'close' };
    default:
      return null;
  }
}
