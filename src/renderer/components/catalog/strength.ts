import type { Strength } from '../../../shared/catalog';

/** The text key for each strength; the committee reads words, not numbers. */
export const STRENGTH_KEYS = {
  1: 'matching.strength.fitsWell',
  2: 'matching.strength.fits',
  3: 'matching.strength.canSupport',
} as const satisfies Record<Strength, string>;

/** Filled dots say the strength without colour, so it survives a greyscale projector. */
export const STRENGTH_SYMBOLS: Record<Strength, string> = {
  1: '●●●',
  2: '●●○',
  3: '●○○',
};
