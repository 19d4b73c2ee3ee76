import type { WindowDocument } from '../../../../shared/model/document';
import type { Activity } from '../../../../shared/model/entities';

export const GROUPINGS = ['competence', 'targetGroup'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export type TimelineRow =
  | { kind: 'group'; key: string; title: string | null; count: number }
  | { kind: 'bar'; key: string; groupKey: string; activity: Activity };

export const NO_GROUP = 'none';

/**
 * The timeline's rows: a heading per competence (or target group) in the plan's order, then the
 * activities that serve it. An activity serving two competences is shown under both, as the
 * committee reads each competence's line on its own. Activities with neither a start nor an end
 * cannot be placed and are returned apart. A heading with title null is "no competence"/"no
 * target group".
 */
export function timelineRows(
  doc: Pick<WindowDocument, 'activities' | 'competences' | 'targetGroups'>,
  grouping: Grouping,
): { rows: TimelineRow[]; undated: Activity[] } {
  const dated = doc.activities.filter((a) => a.start !== null || a.end !== null);
  const undated = doc.activities.filter((a) => a.start === null && a.end === null);
  const groups: { key: string; title: string | null }[] =
    grouping === 'competence'
      ? doc.competences.map((c) => ({ key: c.id, title: c.title }))
      : doc.targetGroups.map((g) => ({ key: g.id, title: g.name }));
  const linksOf = (a: Activity) => (grouping === 'competence' ? a.competenceIds : a.targetGroupIds);
  // One pass over the activities, not one per group: a plan may hold 20,000 of them.
  const members = new Map<string, Activity[]>(groups.map((g) => [g.key, []]));
  const loose: Activity[] = [];
  for (const activity of dated) {
    let placed = false;
    for (const id of linksOf(activity)) {
      const list = members.get(id);
      if (!list) continue;
      placed = true;
      if (list[list.length - 1] !== activity) list.push(activity);
    }
    if (!placed) loose.push(activity);
  }

  const rows: TimelineRow[] = [];
  const add = (key: string, title: string | null, list: readonly Activity[]) => {
    if (list.length === 0) return;
    rows.push({ kind: 'group', key, title, count: list.length });
    for (const activity of list) {
      rows.push({ kind: 'bar', key: `${key}|${activity.id}`, groupKey: key, activity });
    }
  };
  for (const g of groups) add(g.key, g.title, members.get(g.key) ?? []);
  add(NO_GROUP, null, loose);
  return { rows, undated };
}
