import { ACTIVITY_STATUSES, type ActivityStatus } from '../model/enums';
import type { ActivityRef, ActivityState, StatusSnapshot } from '../model/stored/status-snapshot';
import { daysBetween } from './dates';

export interface Delta {
  from: number;
  to: number;
  change: number;
}

export interface NullableDelta {
  from: number | null;
  to: number | null;
  /** null when either end is null. */
  change: number | null;
}

export interface ActivityMove {
  activityId: string;
  /** The title in the later snapshot. */
  title: string;
  /** null when unchanged. */
  status: { from: ActivityStatus; to: ActivityStatus } | null;
  progress: Delta | null;
  spent: Delta | null;
  participantsReached: Delta | null;
}

export interface CompetenceMove {
  competenceId: string;
  title: string;
  progress: NullableDelta;
}

export interface SnapshotDiff {
  from: string;
  to: string;
  days: number;
  progress: NullableDelta;
  byStatus: Record<ActivityStatus, Delta>;
  budget: { planned: Delta; spent: Delta };
  participants: { planned: Delta; reached: Delta };
  /** Activities in both snapshots with something changed, in the later snapshot's order. */
  moved: ActivityMove[];
  added: ActivityRef[];
  removed: ActivityRef[];
  /** Overdue in the later snapshot, not in the earlier. */
  newlyOverdue: ActivityRef[];
  /** Overdue in the earlier snapshot and no longer (done, cancelled or given a new end date). */
  noLongerOverdue: ActivityRef[];
  /** Competences whose combined progress changed, or that appeared or disappeared. */
  competences: CompetenceMove[];
}

const delta = (from: number, to: number): Delta => ({ from, to, change: to - from });

const deltaIfChanged = (from: number, to: number): Delta | null =>
  from === to ? null : delta(from, to);

const nullableDelta = (from: number | null, to: number | null): NullableDelta => ({
  from,
  to,
  change: from === null || to === null ? null : to - from,
});

const refOf = (a: ActivityState): ActivityRef => ({
  activityId: a.activityId,
  title: a.title,
  status: a.status,
});

/**
 * Each activity of `later` paired with its state in `earlier` (undefined when it is new), and
 * whether some activity of `earlier` is missing from `later`. Most often the later status lists
 * the earlier one's activities in the same places, with new ones after them: then they are paired
 * by place, without an index of 20,000 ids for a large plan.
 */
function pairActivities(
  earlier: StatusSnapshot,
  later: StatusSnapshot,
): { thens: (ActivityState | undefined)[]; anyRemoved: boolean } {
  const before = earlier.activities;
  const after = later.activities;
  let samePlaces = after.length >= before.length;
  for (let i = 0; samePlaces && i < before.length; i++) {
    samePlaces = (before[i] as ActivityState).activityId === (after[i] as ActivityState).activityId;
  }
  if (samePlaces) return { thens: after.map((_, i) => before[i]), anyRemoved: false };
  const byId = new Map(before.map((a) => [a.activityId, a]));
  const thens = after.map((a) => byId.get(a.activityId));
  const kept = new Set(thens.filter((then) => then !== undefined));
  return { thens, anyRemoved: kept.size < byId.size };
}

/** What moved between two marked statuses: `earlier` first, `later` second. */
export function diffSnapshots(earlier: StatusSnapshot, later: StatusSnapshot): SnapshotDiff {
  const { thens, anyRemoved } = pairActivities(earlier, later);

  const moved: ActivityMove[] = [];
  const added: ActivityRef[] = [];
  later.activities.forEach((now, i) => {
    const then = thens[i];
    if (!then) {
      added.push(refOf(now));
      return;
    }
    // Most activities have not moved: nothing is made for them.
    if (
      then.status === now.status &&
      then.progress === now.progress &&
      then.spent === now.spent &&
      then.participantsReached === now.participantsReached
    ) {
      return;
    }
    const move: ActivityMove = {
      activityId: now.activityId,
      title: now.title,
      status: then.status === now.status ? null : { from: then.status, to: now.status },
      progress: deltaIfChanged(then.progress, now.progress),
      spent: deltaIfChanged(then.spent, now.spent),
      participantsReached: deltaIfChanged(then.participantsReached, now.participantsReached),
    };
    moved.push(move);
  });
  const laterIds = anyRemoved ? new Set(later.activities.map((a) => a.activityId)) : null;
  const removed = laterIds
    ? earlier.activities.filter((a) => !laterIds.has(a.activityId)).map(refOf)
    : [];

  const overdueBefore = new Set(earlier.overdue.map((o) => o.activityId));
  const overdueAfter = new Set(later.overdue.map((o) => o.activityId));
  const stripRef = (o: ActivityRef): ActivityRef => ({
    activityId: o.activityId,
    title: o.title,
    status: o.status,
  });

  // The later state of each activity no longer overdue, found without an index of every id.
  const noLongerOverdue = earlier.overdue.filter((o) => !overdueAfter.has(o.activityId));
  const wanted = new Set(noLongerOverdue.map((o) => o.activityId));
  const nowOf = new Map<string, ActivityState>();
  if (wanted.size > 0) {
    for (const a of later.activities) if (wanted.has(a.activityId)) nowOf.set(a.activityId, a);
  }

  const competencesBefore = new Map(earlier.competences.map((c) => [c.competenceId, c]));
  const competenceIdsAfter = new Set(later.competences.map((c) => c.competenceId));
  const competences: CompetenceMove[] = [];
  for (const now of later.competences) {
    const from = competencesBefore.get(now.competenceId)?.progress.percent ?? null;
    const to = now.progress.percent;
    if (from !== to || !competencesBefore.has(now.competenceId)) {
      competences.push({
        competenceId: now.competenceId,
        title: now.title,
        progress: nullableDelta(from, to),
      });
    }
  }
  for (const then of earlier.competences) {
    if (!competenceIdsAfter.has(then.competenceId)) {
      competences.push({
        competenceId: then.competenceId,
        title: then.title,
        progress: nullableDelta(then.progress.percent, null),
      });
    }
  }

  return {
    from: earlier.date,
    to: later.date,
    days: daysBetween(earlier.date, later.date),
    progress: nullableDelta(earlier.progress.percent, later.progress.percent),
    byStatus: Object.fromEntries(
      ACTIVITY_STATUSES.map((s) => [s, delta(earlier.byStatus[s], later.byStatus[s])]),
    ) as Record<ActivityStatus, Delta>,
    budget: {
      planned: delta(earlier.budget.planned, later.budget.planned),
      spent: delta(earlier.budget.spent, later.budget.spent),
    },
    participants: {
      planned: delta(earlier.participants.planned, later.participants.planned),
      reached: delta(earlier.participants.reached, later.participants.reached),
    },
    moved,
    added,
    removed,
    newlyOverdue: later.overdue.filter((o) => !overdueBefore.has(o.activityId)).map(stripRef),
    noLongerOverdue: noLongerOverdue.map((o) => {
      const now = nowOf.get(o.activityId);
      return now ? refOf(now) : stripRef(o);
    }),
    competences,
  };
}
