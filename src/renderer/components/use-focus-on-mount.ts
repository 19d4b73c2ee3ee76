import { useEffect, type RefObject } from 'react';
import { focusHeading, focusWhenDrawn } from './focus-heading';

/**
 * When one screen replaces another, focus goes to its heading so keyboard and screen-reader users
 * start at the top of what is new instead of on a button that no longer exists. `'drawn'` waits
 * for the frame that draws the screen (and leaves focus the user moved meanwhile): for a screen so
 * large that the style work `focus()` forces at once was a long task of its own (an opened plan
 * of 20,000 activities).
 */
export function useFocusOnMount(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
  when: 'now' | 'drawn' = 'now',
): void {
  useEffect(() => {
    if (!enabled) return;
    if (when === 'drawn') focusWhenDrawn(() => ref.current);
    else focusHeading(ref.current);
    // Only the first render of the screen counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
