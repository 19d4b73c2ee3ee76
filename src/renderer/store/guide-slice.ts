import type { SliceCreator } from './types';

/**
 * Which plan has the guided start on screen right now. Kept apart from the guide's record in
 * storage: the record outlives the program, but an open guide does not — after a restart the
 * plan offers to continue instead of dropping the secretary into the middle of a step.
 */
export interface GuideSlice {
  guideOpenFor: string | null;
  openGuide: (planId: string) => void;
  closeGuide: () => void;
}

export const createGuideSlice: SliceCreator<GuideSlice> = (set) => ({
  guideOpenFor: null,
  openGuide: (planId) => set({ guideOpenFor: planId }),
  closeGuide: () => set({ guideOpenFor: null }),
});
