import {
  buildImpactMap,
  COUNTED_ABOVE,
  countedImpactMap,
  impactChain,
  impactGaps,
  layoutImpactMap,
  LOOSE_ACTIVITIES_ID,
  type ImpactGap,
  type ImpactLayout,
  type CountedBox,
  type ImpactMap,
} from '../../../shared/impact';
import type { WindowDocument } from '../../../shared/model/document';
import { groupByLink } from '../../../shared/model/group-by-link';
import { memoOnLists } from '../../components/memo-on-lists';
import { SCREEN_LAYOUT } from './layout-options';
import { objectiveLines } from './objective-lines';

type Source = Pick<WindowDocument, 'drivers' | 'targetGroups' | 'competences' | 'activities'>;

export interface ImpactFigures {
  map: ImpactMap;
  layout: ImpactLayout;
  gaps: ImpactGap[];
  gapIds: ReadonlySet<string>;
  /** Each competence's learning objectives, wrapped as its box draws them. */
  objectives: ReadonlyMap<string, string[][]>;
  /**
   * The boxes that count a competence's activities, by node id, when the plan has more than
   * `COUNTED_ABOVE`; empty when every activity has its own box.
   */
  counted: ReadonlyMap<string, CountedBox>;
}

const NO_LINES: string[][] = [];
const NOT_COUNTED: ReadonlyMap<string, CountedBox> = new Map();

type Lists = [
  activities: Source['activities'],
  competences: Source['competences'],
  drivers: Source['drivers'],
  targetGroups: Source['targetGroups'],
];

const mapOf = memoOnLists((...[activities, competences, drivers, targetGroups]: Lists) => {
  const source = { activities, competences, drivers, targetGroups };
  // The words on a counting box depend on the language: `useNodeNames` gives them.
  return activities.length > COUNTED_ABOVE
    ? countedImpactMap(source, () => '')
    : { map: buildImpactMap(source), boxes: NOT_COUNTED };
});

const gapsOf = memoOnLists((...[activities, competences, drivers, targetGroups]: Lists) =>
  impactGaps({ activities, competences, drivers, targetGroups }),
);

const figuresOf = memoOnLists((...lists: Lists): ImpactFigures => {
  const { map, boxes: counted } = mapOf(...lists);
  const width = SCREEN_LAYOUT.columnWidth ?? 200;
  const objectives = new Map<string, string[][]>();
  for (const n of map.nodes) {
    if (n.learningObjectives.length > 0) {
      objectives.set(n.id, objectiveLines(n.learningObjectives, width));
    }
  }
  const lineHeight = SCREEN_LAYOUT.objectiveLineHeight ?? 18;
  const nodeHeight = SCREEN_LAYOUT.nodeHeight ?? 50;
  const layout = layoutImpactMap(
    map,
    SCREEN_LAYOUT,
    (n) =>
      nodeHeight +
      (objectives.get(n.id) ?? NO_LINES).reduce((sum, lines) => sum + lines.length, 0) * lineHeight,
  );
  const gaps = gapsOf(...lists);
  const gapIds = new Set(gaps.map((g) => g.nodeId));
  if (counted.has(LOOSE_ACTIVITIES_ID)) gapIds.add(LOOSE_ACTIVITIES_ID);
  return { map, layout, gaps, gapIds, objectives, counted };
});

const listsOf = (doc: Source): Lists => [
  doc.activities,
  doc.competences,
  doc.drivers,
  doc.targetGroups,
];

/**
 * The impact map's figures, worked out once per version of the four lists they read: an edit
 * of a measurement, a member or the plan's title leaves the map as it was.
 */
export const impactFigures = (doc: Source): ImpactFigures => figuresOf(...listsOf(doc));

/**
 * The figures' two largest parts, each worked out and remembered on its own call, for a screen
 * that works them out one at a time before it asks for the whole (see ImpactMapScreen).
 */
export const IMPACT_FIGURE_PARTS: readonly ((doc: Source) => unknown)[] = [
  (doc) => mapOf(...listsOf(doc)),
  (doc) => gapsOf(...listsOf(doc)),
];

/** The chain of the selected node, worked out again only when the map or the choice changes. */
export const selectedChain = memoOnLists(impactChain);

/** The activities that serve each competence, for the map's table. */
export const servingActivities = memoOnLists((activities: Source['activities']) =>
  groupByLink(activities, (a) => a.competenceIds),
);
