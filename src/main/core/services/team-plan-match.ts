import { foldForSearch } from '../../../shared/catalog';
import type { PlanDocument, WindowDocument } from '../../../shared/model/document';
import type {
  Activity,
  Competence,
  Member,
  Method,
  TargetGroup,
} from '../../../shared/model/entities';
import type { TeamPlanEntry, TeamPlanReason } from '../../../shared/workshop/team-plan';

// Which of a team plan's entries the workplace's plan already has, and which it would gain: the
// part of filing a team plan that reads two documents and writes nothing, so the preview and the
// filing itself decide alike.

/** Case, spacing and accents folded, so »Team Økonomi« and »team  okonomi« are one name. */
export function foldName(text: string): string {
  return foldForSearch(text).replace(/\s+/g, ' ').trim();
}

/** One entry of the team's plan and where it lands: an entry already in the plan, or a new one. */
export interface Placed<T> {
  source: T;
  /** The plan's entry it is recognised as; null when it is added. */
  existing: { id: string; title: string } | null;
  reason: TeamPlanReason | null;
}

export interface TeamFiling {
  team: Placed<TargetGroup>;
  competences: Placed<Competence>[];
  methods: Placed<Method>[];
  members: Placed<Member>[];
  activities: Placed<Activity>[];
}

/**
 * The team a team plan is about: the one asked for; else the team of its latest team workshop
 * that names one; else its only target group. Null when the plan leaves the choice open.
 */
export function teamOf(
  source: PlanDocument,
  asked: string | undefined,
): { id: string | null; fromWorkshop: boolean } {
  const workshopTeam = [...source.workshops]
    .filter((w) => w.format === 'team' && w.targetGroupId !== null)
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn))
    .map((w) => w.targetGroupId)
    .find((id) => source.targetGroups.some((g) => g.id === id));
  if (asked !== undefined) return { id: asked, fromWorkshop: asked === workshopTeam };
  if (workshopTeam) return { id: workshopTeam, fromWorkshop: true };
  const only = source.targetGroups.length === 1 ? source.targetGroups[0]!.id : null;
  return { id: only, fromWorkshop: false };
}

interface Candidate {
  id: string;
  title: string;
  catalogKey?: string | null;
}

/**
 * The first of `candidates` the entry is recognised as: the same id (the team worked in a copy of
 * the plan), the same catalogue key, or the same folded title; null when none.
 */
function recognise(
  entry: Candidate,
  candidates: readonly Candidate[],
  byTitle: TeamPlanReason,
): Pick<Placed<unknown>, 'existing' | 'reason'> {
  const hit = (c: Candidate | undefined, reason: TeamPlanReason) =>
    c ? { existing: { id: c.id, title: c.title }, reason } : null;
  const key = entry.catalogKey ?? null;
  const title = foldName(entry.title);
  return (
    hit(
      candidates.find((c) => c.id === entry.id),
      'same-entry',
    ) ??
    (key === null
      ? null
      : hit(
          candidates.find((c) => c.catalogKey === key),
          'catalog-key',
        )) ??
    hit(
      candidates.find((c) => foldName(c.title) === title),
      byTitle,
    ) ?? { existing: null, reason: null }
  );
}

/** Places each entry of the team's plan among the plan's own entries. */
function placeAll<T extends { id: string }>(
  entries: readonly T[],
  plan: readonly Candidate[],
  asCandidate: (entry: T) => Candidate,
  byTitle: TeamPlanReason,
): Placed<T>[] {
  return entries.map((source) => ({ source, ...recognise(asCandidate(source), plan, byTitle) }));
}

/**
 * What filing the team `teamId` of `source` into `plan` means: the team, the competences linked
 * to it, their methods and those of the activities, the activities for those competences that
 * are for the team (or for no target group in particular), and the activities' owners. Drivers
 * stay behind: why the workplace develops competences is the committee's to say.
 */
export function matchTeamPlan(
  source: PlanDocument,
  plan: WindowDocument,
  teamId: string,
): TeamFiling | null {
  const group = source.targetGroups.find((g) => g.id === teamId);
  if (!group) return null;
  const [team] = placeAll(
    [group],
    plan.targetGroups.map((g) => ({ id: g.id, title: g.name })),
    (g) => ({ id: g.id, title: g.name }),
    'same-name',
  );
  const competences = placeAll(
    source.competences.filter((c) => c.targetGroupIds.includes(teamId)),
    plan.competences,
    (c) => c,
    'same-title',
  );
  const filedCompetences = new Set(competences.map((c) => c.source.id));
  const activitiesOfTeam = source.activities.filter(
    (a) =>
      a.competenceIds.some((id) => filedCompetences.has(id)) &&
      (a.targetGroupIds.length === 0 || a.targetGroupIds.includes(teamId)),
  );
  const methodIds = new Set([
    ...competences.flatMap((c) => c.source.methodIds),
    ...activitiesOfTeam.flatMap((a) => a.methodIds),
  ]);
  const methods = placeAll(
    source.methods.filter((m) => methodIds.has(m.id)),
    plan.methods,
    (m) => m,
    'same-title',
  );
  const ownerIds = new Set(activitiesOfTeam.map((a) => a.ownerId));
  const members = placeAll(
    source.members.filter((m) => ownerIds.has(m.id)),
    plan.members.map((m) => ({ id: m.id, title: m.name })),
    (m) => ({ id: m.id, title: m.name }),
    'same-name',
  );
  const activities = placeActivities(activitiesOfTeam, competences, plan.activities);
  return { team: team!, competences, methods, members, activities };
}

/**
 * An activity is the same as one of the plan's by id, or by folded title under the same
 * competence: two activities called »Workshop« under different competences are different.
 */
function placeActivities(
  activities: readonly Activity[],
  competences: readonly Placed<Competence>[],
  plan: readonly Activity[],
): Placed<Activity>[] {
  const planIdOf = new Map(competences.map((c) => [c.source.id, c.existing?.id ?? null]));
  return activities.map((source): Placed<Activity> => {
    const same = plan.find((a) => a.id === source.id);
    if (same) return { source, existing: { id: same.id, title: same.title }, reason: 'same-entry' };
    const title = foldName(source.title);
    const under = source.competenceIds
      .map((id) => planIdOf.get(id))
      .filter((id): id is string => typeof id === 'string');
    const titled = plan.find(
      (a) => foldName(a.title) === title && a.competenceIds.some((id) => under.includes(id)),
    );
    return titled
      ? { source, existing: { id: titled.id, title: titled.title }, reason: 'same-title' }
      : { source, existing: null, reason: null };
  });
}

/** The entries of a filing as the preview lists them: what is added, what the plan has. */
export function describeFiling(filing: TeamFiling): {
  added: TeamPlanEntry[];
  found: TeamPlanEntry[];
} {
  const added: TeamPlanEntry[] = [];
  const found: TeamPlanEntry[] = [];
  const list = <T extends { id: string }>(
    kind: TeamPlanEntry['kind'],
    placed: readonly Placed<T>[],
    titleOf: (entry: T) => string,
  ) => {
    for (const p of placed) {
      const title = titleOf(p.source);
      if (p.existing === null) {
        added.push({ kind, title, reason: null, planTitle: null });
      } else {
        const planTitle = p.existing.title === title ? null : p.existing.title;
        found.push({ kind, title, reason: p.reason, planTitle });
      }
    }
  };
  list('targetGroup', [filing.team], (g) => g.name);
  list('competence', filing.competences, (c) => c.title);
  list('method', filing.methods, (m) => m.title);
  list('activity', filing.activities, (a) => a.title);
  list('member', filing.members, (m) => m.name);
  return { added, found };
}
