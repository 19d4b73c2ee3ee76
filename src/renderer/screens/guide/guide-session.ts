import { useAppStore } from '../../store';

/** Puts the guide on screen for a plan (see `GuideSlice`); usable as a plain click handler. */
export function openGuide(planId: string): void {
  useAppStore.getState().openGuide(planId);
}

export function closeGuide(): void {
  useAppStore.getState().closeGuide();
}
