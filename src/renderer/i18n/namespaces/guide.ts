import type { Texts } from '../texts';

/** Texts of the guide part of the interface. Danish is the original; English has the same keys. */
export const guideDa = {};

export const guideEn: Texts<typeof guideDa> = {};
