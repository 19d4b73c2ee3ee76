import type { LocalizedText } from '../i18n/localized';
import type { ActivityStatus } from '../model/enums';

/** The map's columns, left to right: why → who → how → what. */
export const IMPACT_LAYERS = ['driver', 'targetGroup', 'competence', 'activity'] as const;
export type ImpactLayer = (typeof IMPACT_LAYERS)[number];

export interface ImpactNode {
  /** The entity's own id: ids are unique across a plan, so they are unique on the map too. */
  id: string;
  kind: ImpactLayer;
  /** Index of the layer in IMPACT_LAYERS. */
  column: number;
  /** Position in the plan's own order within the layer. */
  row: number;
  label: string;
  /** The competence's learning objectives; empty for the other kinds. */
  learningObjectives: string[];
  /** The activity's status, so a cancelled one can be drawn faded; null for the other kinds. */
  status: ActivityStatus | null;
}

/**
 * Every edge points from the left column to the right one. `targetGroup-activity` comes from
 * activity.targetGroupIds but is drawn from the target group towards the activity.
 */
export const IMPACT_EDGE_KINDS = [
  'driver-competence',
  'targetGroup-competence',
  'competence-activity',
  'targetGroup-activity',
] as const;
export type ImpactEdgeKind = (typeof IMPACT_EDGE_KINDS)[number];

export interface ImpactEdge {
  /** `${from}->${to}` */
  id: string;
  kind: ImpactEdgeKind;
  from: string;
  to: string;
}

export interface ImpactMap {
  nodes: ImpactNode[];
  edges: ImpactEdge[];
}

export interface ImpactChain {
  nodeId: string;
  /** The selected node and every node in its chain, in map order. */
  nodeIds: string[];
  /** Chain nodes in columns left of the selected node. */
  upstreamIds: string[];
  /** Chain nodes in columns right of the selected node. */
  downstreamIds: string[];
  /** Edges with both ends in the chain. */
  edgeIds: string[];
}

export const IMPACT_GAP_KINDS = [
  'driver-without-competence',
  'target-group-without-competence',
  'competence-without-activity',
  'activity-without-competence',
] as const;
export type ImpactGapKind = (typeof IMPACT_GAP_KINDS)[number];

export interface ImpactGap {
  kind: ImpactGapKind;
  nodeId: string;
  title: string;
  message: LocalizedText;
}
