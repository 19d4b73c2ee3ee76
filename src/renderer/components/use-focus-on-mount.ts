import { useEffect, type RefObject } from 'react';
import { focusHeading } from './focus-heading';

/**
 * When one screen replaces another, focus goes to its heading so keyboard and screen-reader users
 * start at the top of what is new instead of on a button that no longer exists.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    if (enabled) focusHeading(ref.current);
    // Only the first render of the screen counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
