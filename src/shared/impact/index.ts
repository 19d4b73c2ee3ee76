export * from './types';
export { buildImpactMap } from './build';
export { impactChain } from './chain';
export {
  COUNTED_ABOVE,
  countedActivities,
  countedGaps,
  LOOSE_ACTIVITIES_ID,
  type CountedBox,
} from './counted';
export { countedImpactMap } from './counted-map';
export { impactGaps } from './gaps';
export {
  DEFAULT_IMPACT_LAYOUT,
  IMPACT_COLUMN_HEADINGS,
  layoutImpactMap,
  type ImpactLayout,
  type ImpactLayoutOptions,
  type PlacedEdge,
  type PlacedNode,
} from './layout';
