import type { WindowDocument } from '../../../../shared/model/document';
import type { Activity } from '../../../../shared/model/entities';
import { memoOnLists } from '../../../components/memo-on-lists';
import { timelineRows, type Grouping, type TimelineRow } from './timeline-rows';
import { planSpan, type TimeWindow } from './timeline-window';

export type BarRow = Extract<TimelineRow, { kind: 'bar' }>;

/** The timeline's rows and what the screen looks rows up by. */
export interface TimelineLayout {
  rows: readonly TimelineRow[];
  undated: readonly Activity[];
  bars: readonly BarRow[];
  byKey: ReadonlyMap<string, BarRow>;
  /** A bar's place among the bars, for moving from bar to bar with the keys. */
  barIndex: ReadonlyMap<string, number>;
  /** A row's place among all rows, for scrolling to it. */
  rowIndex: ReadonlyMap<string, number>;
  /** How many activities have a bar; one under two competences counts once. */
  shownCount: number;
}

// Worked out once per version of the lists they come from (see memoOnLists), not on every
// opening of the screen: at 20,000 activities they took a long task of their own each time.
const layoutOf = memoOnLists(
  (
    activities: WindowDocument['activities'],
    competences: WindowDocument['competences'],
    targetGroups: WindowDocument['targetGroups'],
    grouping: Grouping,
  ): TimelineLayout => {
    const { rows, undated } = timelineRows({ activities, competences, targetGroups }, grouping);
    const bars = rows.filter((r): r is BarRow => r.kind === 'bar');
    return {
      rows,
      undated,
      bars,
      byKey: new Map(bars.map((b) => [b.key, b])),
      barIndex: new Map(bars.map((b, i) => [b.key, i])),
      rowIndex: new Map(rows.map((r, i) => [r.key, i])),
      shownCount: new Set(bars.map((b) => b.activity.id)).size,
    };
  },
);

export const timelineLayout = (
  doc: Pick<WindowDocument, 'activities' | 'competences' | 'targetGroups'>,
  grouping: Grouping,
): TimelineLayout => layoutOf(doc.activities, doc.competences, doc.targetGroups, grouping);

const spanOf = memoOnLists(
  (activities: WindowDocument['activities'], plan: WindowDocument['plan'], today: string) =>
    planSpan({ activities, plan }, today),
);

/** The plan's months (see planSpan), once per version of its activities and its plan row. */
export const timelineSpan = (
  doc: Pick<WindowDocument, 'activities' | 'plan'>,
  today: string,
): TimeWindow => spanOf(doc.activities, doc.plan, today);
