import { useEffect, type RefObject } from 'react';

/**
 * When one screen replaces another, focus goes to its heading so keyboard and screen-reader users
 * start at the top of what is new instead of on a button that no longer exists.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    if (enabled) ref.current?.focus();
    // Only the first render of the screen counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
