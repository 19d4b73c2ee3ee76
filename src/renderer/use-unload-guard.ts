import { useEffect } from 'react';
import { refusedDrafts, useAppStore } from './store';

/**
 * Closing the window or reloading the page with a refused value in a field asks first, as a
 * change of screen does. A browser words the question itself; the desktop shell answers the
 * refusal with its own dialog (`will-prevent-unload` in src/main/electron).
 */
export function useUnloadGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (refusedDrafts(useAppStore.getState().heldDrafts).length === 0) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
