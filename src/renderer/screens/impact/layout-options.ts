import type { ImpactLayoutOptions } from '../../../shared/impact';

/**
 * The map sized for the planner's content column at 1280×720 (about 1000 px), so it is drawn at
 * full size rather than scaled down to unreadable text. The PDF may pass its own numbers to
 * `layoutImpactMap`; the picture is the same.
 */
export const SCREEN_LAYOUT: Partial<ImpactLayoutOptions> = {
  margin: 8,
  columnWidth: 200,
  columnGap: 56,
  headerHeight: 58,
  nodeHeight: 50,
  objectiveLineHeight: 18,
  rowGap: 14,
};

export const LABEL_SIZE = 13;
export const LABEL_LINE = 16;
export const OBJECTIVE_SIZE = 12;
export const NODE_PADDING = 8;
