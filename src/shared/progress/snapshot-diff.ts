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

/** What moved between two marked statuses: `earlier` first, `later` second. */
export function diffSnapshots(earlier: StatusSnapshot, later: StatusSnapshot): SnapshotDiff {
  const before = new Map(earlier.activities.map((a) => [a.activityId, a]));
  const after = new Map(later.activities.map((a) => [a.activityId, a]));

  const moved: ActivityMove[] = [];
  for (const now of later.activities) {
    const then = before.get(now.activityId);
    if (!then) continue;
    const move: ActivityMove = {
      activityId: now.activityId,
      title: now.title,
      status: then.status === now.status ? null : { from: then.status, to: now.status },
      progress: deltaIfChanged(then.progress, now.progress),
      spent: deltaIfChanged(then.spent, now.spent),
      participantsReached: deltaIfChanged(then.participantsReached, now.participantsReached),
    };
    if (move.status || move.progress || move.spent || move.participantsReached) moved.push(move);
  }

  const overdueBefore = new Set(earlier.overdue.map((o) => o.activityId));
  const overdueAfter = new Set(later.overdue.map((o) => o.activityId));
  const stripRef = (o: ActivityRef): ActivityRef => ({
    activityId: o.activityId,
    title: o.title,
    status: o.status,
  });

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
    added: later.activities.filter((a) => !before.has(a.activityId)).map(refOf),
    removed: earlier.activities.filter((a) => !after.has(a.activityId)).map(refOf),
    newlyOverdue: later.overdue.filter((o) => !overdueBefore.has(o.activityId)).map(stripRef),
    noLongerOverdue: earlier.overdue
      .filter((o) => !overdueAfter.has(o.activityId))
      .map((o) => {
        const now = after.get(o.activityId);
        return now ? refOf(now) : stripRef(o);
      }),
    competences,
  };
}
