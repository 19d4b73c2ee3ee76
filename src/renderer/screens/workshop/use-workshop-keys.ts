import { useEffect, useRef } from 'react';
import { historyCommandOf, typingUncommitted, typingUndone } from '../../history-shortcuts';
import { workshopKeyAction } from './workshop-keys';

export interface WorkshopKeyHandlers {
  next: () => void;
  previous: () => void;
  goTo: (index: number) => void;
  /** Leaves the room for the editor; the workshop stays open to be taken up again. */
  leave: () => void;
  /** Takes focus out of a field, back to the step. */
  leaveField: () => void;
  toggleTimer: () => void;
  extendTimer: () => void;
  help: () => void;
  undo: () => void;
  redo: () => void;
  /** While something on top of the step (the help) has the keyboard, the room's keys rest. */
  paused: boolean;
}

/** Keys typed into a field are the field's own, not the workshop's. */
export function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function onControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary') !== null;
}

/**
 * The workshop's keys on the whole document while it is shown, wherever focus is (a click on the
 * projected text leaves it on no control). Handled keys go no further, so the editor's own
 * shortcuts underneath do not act. In a field only three keys are the room's: F1, Esc — which
 * leaves the field, not the room, so a facilitator who presses it once too often has not closed
 * the workshop in front of everyone — and undo once the field's own typing is saved.
 */
export function useWorkshopKeys(count: number, handlers: WorkshopKeyHandlers): void {
  const current = useRef(handlers);
  // The newest handlers, without listening anew on every render.
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const h = current.current;
      if (event.defaultPrevented || h.paused) return;
      const history = historyCommandOf(event);
      if (history) {
        // The plan's undo is kept out of a modal dialog elsewhere; the room is the plan itself.
        if (typingUncommitted()) {
          // The field's own undo; past its typing there is nothing more of its to undo.
          if (history === 'undo' && typingUndone()) event.preventDefault();
          return;
        }
        event.preventDefault();
        if (history === 'undo') h.undo();
        else h.redo();
        return;
      }
      const action = workshopKeyAction(event, count, onControl(event.target));
      if (!action) return;
      if (typingIn(event.target) && action.kind !== 'help') {
        if (action.kind !== 'leave') return;
        // Without this the dialog would take Esc as its own cancel and close the room.
        event.preventDefault();
        h.leaveField();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (action.kind === 'next') h.next();
      else if (action.kind === 'previous') h.previous();
      else if (action.kind === 'goTo') h.goTo(action.index);
      else if (action.kind === 'timer') h.toggleTimer();
      else if (action.kind === 'extend') h.extendTimer();
      else if (action.kind === 'help') h.help();
      else h.leave();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [count]);
}
