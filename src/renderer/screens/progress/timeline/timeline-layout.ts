import type { WindowDocument } from '../../../../shared/model/document';
import type { Activity } from '../../../../shared/model/entities';
import { memoOnLists } from '../../../components/memo-on-lists';
import { timelineRows, type Grouping, type TimelineRow } from './timeline-rows';
import { planSpan, type TimeWindow } from './timeline-window';

export type BarRow = Extract<TimelineRow, { kind: 'bar' }>;

/** A row looked up by its key: what the screen asks of its index, without a map of every row. */
export interface KeyLookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/** The timeline's rows and what the screen looks rows up by. */
export interface TimelineLayout {
  rows: readonly TimelineRow[];
  undated: readonly Activity[];
  bars: readonly BarRow[];
  byKey: KeyLookup<BarRow>;
  /** A bar's place among the bars, for moving from bar to bar with the keys. */
  barIndex: KeyLookup<number>;
  /** A row's place among all rows, for scrolling to it. */
  rowIndex: KeyLookup<number>;
  /** How many activities have a bar; one under two competences counts once. */
  shownCount: number;
}

interface Group {
  /** The group's heading row; its bars follow it. */
  start: number;
  /** How many groups come before it: the bars before it are the rows before it less these. */
  before: number;
  count: number;
  /** Each activity's place in the group, made at the first look into the group. */
  places: Map<string, number> | null;
}

/**
 * The rows' places by key. A bar's key is its group's key and its activity's id (see
 * timelineRows), so it is found by its group, of which there are a few dozen, and its activity's
 * id in the group. Maps keyed by the bars' own keys took a long task of their own at 20,000
 * activities: each key is a string made for the bar, which the map had to read through to hash.
 */
function rowLookups(
  rows: readonly TimelineRow[],
): Pick<TimelineLayout, 'byKey' | 'barIndex' | 'rowIndex'> {
  const groups = new Map<string, Group>();
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    if (row.kind === 'group') {
      groups.set(row.key, { start: i, before: groups.size, count: row.count, places: null });
    }
  }
  const rowOf = (key: string): number | undefined => {
    const cut = key.indexOf('|');
    if (cut < 0) return groups.get(key)?.start;
    const group = groups.get(key.slice(0, cut));
    if (!group) return undefined;
    if (!group.places) {
      group.places = new Map();
      for (let at = 0; at < group.count; at += 1) {
        const row = rows[group.start + 1 + at] as BarRow;
        group.places.set(row.activity.id, at);
      }
    }
    const at = group.places.get(key.slice(cut + 1));
    return at === undefined ? undefined : group.start + 1 + at;
  };
  const barAt = (key: string): BarRow | undefined => {
    const index = key.includes('|') ? rowOf(key) : undefined;
    return index === undefined ? undefined : (rows[index] as BarRow);
  };
  return {
    byKey: { get: barAt, has: (key) => barAt(key) !== undefined },
    rowIndex: { get: rowOf, has: (key) => rowOf(key) !== undefined },
    barIndex: {
      get: (key) => {
        const bar = barAt(key);
        const index = rowOf(key);
        if (!bar || index === undefined) return undefined;
        return index - groups.get(bar.groupKey)!.before - 1;
      },
      has: (key) => barAt(key) !== undefined,
    },
  };
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
    return {
      rows,
      undated,
      bars: rows.filter((r): r is BarRow => r.kind === 'bar'),
      ...rowLookups(rows),
      // Every activity with a date has a bar, under its groups or under none.
      shownCount: activities.length - undated.length,
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
