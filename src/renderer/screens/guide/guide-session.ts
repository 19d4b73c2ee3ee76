import { create } from 'zustand';

/**
 * Which plan has the guide on screen right now. Kept apart from the plan's record in storage:
 * the record outlives the program, but an open guide does not — after a restart the plan offers
 * to continue instead of dropping the secretary into the middle of a step.
 */
export const useGuideSession = create<{ openFor: string | null }>(() => ({ openFor: null }));

export function openGuide(planId: string): void {
  useGuideSession.setState({ openFor: planId });
}

export function closeGuide(): void {
  useGuideSession.setState({ openFor: null });
}
