import { useEffect, useRef } from 'react';
import { workshopKeyAction } from './workshop-keys';

export interface WorkshopKeyHandlers {
  next: () => void;
  previous: () => void;
  goTo: (index: number) => void;
  end: () => void;
}

/** Keys typed into a field are the field's own, not the workshop's. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The workshop's keys on the whole document while it is shown, wherever focus is (a click on the
 * projected text leaves it on no control). Handled keys go no further, so the editor's own
 * shortcuts underneath do not act.
 */
export function useWorkshopKeys(count: number, handlers: WorkshopKeyHandlers): void {
  const current = useRef(handlers);
  // The newest handlers, without listening anew on every render.
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || typingIn(event.target)) return;
      const action = workshopKeyAction(event, count);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      const h = current.current;
      if (action.kind === 'next') h.next();
      else if (action.kind === 'previous') h.previous();
      else if (action.kind === 'goTo') h.goTo(action.index);
      else h.end();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [count]);
}
