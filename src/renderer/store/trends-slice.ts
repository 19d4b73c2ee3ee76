import type { SliceCreator } from './types';

/**
 * Whether the trends screen is shown. It counts plan files without opening any, so it is reached
 * from the start screen and stands in front of whatever was shown before, which returns on leaving.
 */
export interface TrendsSlice {
  trendsOpen: boolean;
  openTrends: () => void;
  closeTrends: () => void;
}

export const createTrendsSlice: SliceCreator<TrendsSlice> = (set) => ({
  trendsOpen: false,
  openTrends: () => set({ trendsOpen: true, error: null, notice: null }),
  closeTrends: () => set({ trendsOpen: false }),
});
