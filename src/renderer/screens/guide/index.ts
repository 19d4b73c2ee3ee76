/**
 * The guided start ("Kom i gang-guide"). `GuideOffer` goes at the top of the overview while
 * `useGuideState().offer` is true; `GuidedStart` replaces the plan's screen while
 * `useGuideState().open` is true. `openGuide(planId)`/`closeGuide()` switch it on and off;
 * `GuideLauncher` is a ready-made "Kom i gang-guide" button that opens it.
 */
export { GuidedStart, GUIDE_HEADING_ID, type GuidedStartProps } from './GuidedStart';
export { GuideLauncher } from './GuideLauncher';
export { GuideOffer } from './GuideOffer';
export { useGuideState, type GuideState } from './use-guide-state';
export { closeGuide, openGuide } from './guide-session';
export { markGuideFinished, markGuideSkipped } from './guide-record';
