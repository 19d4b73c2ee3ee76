import { useAppStore } from '../../store';

/**
 * Puts the guide on screen for a plan (see `GuideSlice`); usable as a plain click handler. The
 * guide takes the place of the screen, so a refused value on it asks first, as a change of screen
 * does.
 */
export function openGuide(planId: string): void {
  useAppStore.getState().leave(() => useAppStore.getState().openGuide(planId));
}

/** Takes the guide off screen, asking first if a field holds a refused value. */
export function closeGuide(): void {
  useAppStore.getState().leave(() => useAppStore.getState().closeGuide());
}
