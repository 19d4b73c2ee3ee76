import { useEffect, useRef } from 'react';
import { typingIn } from './use-workshop-keys';

/**
 * P opens and closes the parking lot from any step, as the workshop's other keys work: on the
 * whole document, wherever focus is, except in a field, where P is a letter.
 */
export function useParkingKey(toggle: () => void): void {
  const current = useRef(toggle);
  useEffect(() => {
    current.current = toggle;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || typingIn(event.target)) return;
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key !== 'p' && event.key !== 'P') return;
      event.preventDefault();
      event.stopPropagation();
      current.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
