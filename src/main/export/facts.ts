import {
  catalogEntry,
  competenceMethodMatch,
  isCompetenceKey,
  isMethodKey,
} from '../../shared/catalog';
import type { Strength } from '../../shared/catalog';
import type { PlanDocument } from '../../shared/model/document';
import type { Activity, Competence, Measurement, Method } from '../../shared/model/entities';
import { ACTIVITY_STATUSES, type ActivityStatus, type Language } from '../../shared/model/enums';

/**
 * The figures a summary is made of, besides money (which follows the one rule in
 * `shared/progress/budget`). A cancelled activity will not move, so it is left out of progress
 * but still counted under its status.
 */
const counts = (a: Activity) => a.status !== 'cancelled';

export function statusCounts(activities: readonly Activity[]): Record<ActivityStatus, number> {
  const result = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<
    ActivityStatus,
    number
  >;
  for (const a of activities) result[a.status] += 1;
  return result;
}

export interface Progress {
  /** 0–100, or null when there is nothing to measure progress on. */
  value: number | null;
  /** True when weighted by planned participants; false when every activity counts the same. */
  weighted: boolean;
}

/**
 * Progress weighted by planned participants, so a course for 115 people moves the total more
 * than a study trip for 16. Without any planned participants, a plain average.
 */
export function overallProgress(activities: readonly Activity[]): Progress {
  const active = activities.filter(counts);
  if (active.length === 0) return { value: null, weighted: false };
  const participants = active.reduce((sum, a) => sum + a.participantsPlanned, 0);
  if (participants > 0) {
    const weighted = active.reduce((sum, a) => sum + a.progress * a.participantsPlanned, 0);
    return { value: weighted / participants, weighted: true };
  }
  return { value: active.reduce((sum, a) => sum + a.progress, 0) / active.length, weighted: false };
}

/** Competences by priority, keeping the committee's order within a priority. */
export function competencesByPriority(competences: readonly Competence[]): Competence[] {
  return competences
    .map((c, i) => ({ c, i }))
    .sort((x, y) => x.c.priority - y.c.priority || x.i - y.i)
    .map(({ c }) => c);
}

/**
 * The text that describes a competence or method: the plan's own, or, for one taken from the
 * catalogue and not described in the plan, the catalogue's description in the document's language.
 */
export function descriptionOf(
  kind: 'competence' | 'method',
  entry: { catalogKey: string | null; description: string },
  lang: Language,
): string {
  if (entry.description.trim()) return entry.description;
  return catalogEntry(kind, entry.catalogKey)?.description[lang] ?? '';
}

export interface MethodUse {
  competence: Competence;
  /** The catalogue's reason, when both are catalogue entries and the catalogue pairs them. */
  rationale: string | null;
  strength: Strength | null;
}

export interface ChosenMethod {
  method: Method;
  uses: MethodUse[];
  /** The activities that use the method, which may name competences the method does not. */
  activities: Activity[];
}

/**
 * Each method with the competences it serves and the catalogue's reason for each pair: those
 * matched to it, then those of the activities that use it, each competence once, in plan order.
 */
export function chosenMethods(doc: PlanDocument, lang: Language): ChosenMethod[] {
  return doc.methods.map((method) => {
    const activities = doc.activities.filter((a) => a.methodIds.includes(method.id));
    const viaActivities = new Set(activities.flatMap((a) => a.competenceIds));
    const matched = doc.competences.filter((c) => c.methodIds.includes(method.id));
    const served = [
      ...matched,
      ...doc.competences.filter((c) => viaActivities.has(c.id) && !matched.includes(c)),
    ];
    return {
      method,
      activities,
      uses: served.map((competence) => {
        const match =
          isCompetenceKey(competence.catalogKey) && isMethodKey(method.catalogKey)
            ? competenceMethodMatch(competence.catalogKey, method.catalogKey)
            : undefined;
        return {
          competence,
          rationale: match ? match.rationale[lang] : null,
          strength: match ? match.strength : null,
        };
      }),
    };
  });
}

export interface MeasurementPair {
  competenceId: string;
  targetGroupId: string | null;
  baseline: Measurement | null;
  followUp: Measurement | null;
  /** Follow-up level minus baseline level, when both were measured as levels. */
  change: number | null;
}

/**
 * For each competence and target group: the first baseline and the latest follow-up, in the
 * order the competences and target groups appear in the plan.
 */
export function measurementPairs(doc: PlanDocument): MeasurementPair[] {
  const pairs = new Map<string, MeasurementPair>();
  const byDate = [...doc.measurements].sort((a, b) => a.date.localeCompare(b.date));
  for (const m of byDate) {
    const key = `${m.competenceId}|${m.targetGroupId ?? ''}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = {
        competenceId: m.competenceId,
        targetGroupId: m.targetGroupId,
        baseline: null,
        followUp: null,
        change: null,
      };
      pairs.set(key, pair);
    }
    if (m.kind === 'baseline') pair.baseline ??= m;
    else pair.followUp = m;
  }
  const competenceOrder = new Map(doc.competences.map((c, i) => [c.id, i]));
  const groupOrder = new Map(doc.targetGroups.map((g, i) => [g.id, i]));
  const order = (p: MeasurementPair) => [
    competenceOrder.get(p.competenceId) ?? Infinity,
    p.targetGroupId === null ? -1 : (groupOrder.get(p.targetGroupId) ?? Infinity),
  ];
  return [...pairs.values()]
    .map((pair) => {
      const base = pair.baseline?.level;
      const follow = pair.followUp?.level;
      const change = base != null && follow != null ? Math.round((follow - base) * 10) / 10 : null;
      return { ...pair, change };
    })
    .sort((x, y) => {
      const [xc = 0, xg = 0] = order(x);
      const [yc = 0, yg = 0] = order(y);
      return xc - yc || xg - yg;
    });
}
