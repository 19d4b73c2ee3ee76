import type { LocalizedText } from '../i18n/localized';
import type { PlanDocument } from '../model/document';
import type { Competence, Measurement } from '../model/entities';
import { EFFECT_LINKS, type EffectLink } from '../model/enums';
import { groupByLink, linkedTo } from '../model/group-by-link';
import type { LevelPoint } from '../model/stored/figures';
import { effectLinkInfo } from './effect-links';
import { levelChange, weightedMean, type ChangeFilter, type LevelChange } from './level-change';

export interface GroupChange extends LevelChange {
  /** null for measurements not tied to one target group. */
  targetGroupId: string | null;
}

export interface OverallChange {
  /**
   * Mean of the groups' baselines, weighted by their respondents when every group has them at
   * both ends; otherwise the plain mean of the groups.
   */
  baseline: number;
  /** Mean of the same groups' latest follow-ups, weighted the same way. */
  followUp: number;
  change: number;
  weighted: boolean;
  /** Only groups with both a baseline and a follow-up count, so the mix cannot fake a change. */
  groupCount: number;
}

export interface LinkCoverage {
  link: EffectLink;
  label: LocalizedText;
  baselines: number;
  followUps: number;
  /** No measurement at all at this link: the committee cannot see this part of the chain. */
  blind: boolean;
}

export interface CompetenceEffect {
  competenceId: string;
  title: string;
  currentLevel: number | null;
  targetLevel: number | null;
  /** targetLevel − currentLevel, or null when either is not set. */
  gap: number | null;
  /** Any baseline, with a level or only an indicator. */
  hasBaseline: boolean;
  /** Per target group that has a measured level: plan order, then "no target group". */
  groups: GroupChange[];
  overall: OverallChange | null;
  /** The six links in order. */
  links: LinkCoverage[];
  measuredLinks: EffectLink[];
  blindLinks: EffectLink[];
}

export function competenceGap(c: Pick<Competence, 'currentLevel' | 'targetLevel'>): number | null {
  return c.currentLevel === null || c.targetLevel === null ? null : c.targetLevel - c.currentLevel;
}

/** The target groups a competence's measurements name, in plan order, "none" last. */
function groupOrder(measurements: readonly Measurement[], targetGroupIds: readonly string[]) {
  const named = new Set(measurements.map((m) => m.targetGroupId));
  const ordered: (string | null)[] = targetGroupIds.filter((id) => named.has(id));
  const placed = new Set(ordered);
  // A measurement may name a group the plan has since deleted; keep it rather than lose data.
  for (const m of measurements) {
    if (m.targetGroupId !== null && !placed.has(m.targetGroupId)) {
      placed.add(m.targetGroupId);
      ordered.push(m.targetGroupId);
    }
  }
  if (named.has(null)) ordered.push(null);
  return ordered;
}

/** Per target group and overall change for one competence; see `levelChange` for the rule. */
export function groupChanges(
  measurements: readonly Measurement[],
  targetGroupIds: readonly string[],
  filter: ChangeFilter = {},
): { groups: GroupChange[]; overall: OverallChange | null } {
  const byGroup = new Map<string | null, Measurement[]>();
  for (const m of measurements) {
    const group = byGroup.get(m.targetGroupId);
    if (group) group.push(m);
    else byGroup.set(m.targetGroupId, [m]);
  }
  const groups = groupOrder(
    measurements.filter((m) => m.level !== null),
    targetGroupIds,
  ).map((targetGroupId) => ({
    targetGroupId,
    ...levelChange(byGroup.get(targetGroupId) ?? [], filter),
  }));
  const complete = groups.flatMap((g) =>
    g.baseline && g.followUp ? [{ baseline: g.baseline, followUp: g.followUp }] : [],
  );
  // One weighting for both ends: weighting the follow-ups but not the baselines would make a
  // change out of nothing but the arithmetic.
  const weighted = complete.every(
    (g) => (g.baseline.respondents ?? 0) > 0 && (g.followUp.respondents ?? 0) > 0,
  );
  const weightOf = (p: LevelPoint) => (weighted ? p.respondents : null);
  const before = weightedMean(
    complete.map((g) => ({ value: g.baseline.level, weight: weightOf(g.baseline) })),
  );
  const after = weightedMean(
    complete.map((g) => ({ value: g.followUp.level, weight: weightOf(g.followUp) })),
  );
  const overall =
    before && after
      ? {
          baseline: before.mean,
          followUp: after.mean,
          change: after.mean - before.mean,
          weighted,
          groupCount: complete.length,
        }
      : null;
  return { groups, overall };
}

export function linkCoverage(measurements: readonly Measurement[]): LinkCoverage[] {
  return EFFECT_LINKS.map((link) => {
    const at = measurements.filter((m) => m.effectLink === link);
    const baselines = at.filter((m) => m.kind === 'baseline').length;
    return {
      link,
      label: effectLinkInfo(link).label,
      baselines,
      followUps: at.length - baselines,
      blind: at.length === 0,
    };
  });
}

export function competenceEffect(
  competence: Competence,
  doc: Pick<PlanDocument, 'targetGroups' | 'measurements'>,
): CompetenceEffect {
  return effectOf(
    competence,
    doc.measurements.filter((m) => m.competenceId === competence.id),
    doc.targetGroups.map((t) => t.id),
  );
}

/** `own` are the competence's measurements, in plan order. */
function effectOf(
  competence: Competence,
  own: readonly Measurement[],
  targetGroupIds: readonly string[],
): CompetenceEffect {
  const { groups, overall } = groupChanges(own, targetGroupIds);
  const links = linkCoverage(own);
  return {
    competenceId: competence.id,
    title: competence.title,
    currentLevel: competence.currentLevel,
    targetLevel: competence.targetLevel,
    gap: competenceGap(competence),
    hasBaseline: own.some((m) => m.kind === 'baseline'),
    groups,
    overall,
    links,
    measuredLinks: links.filter((l) => !l.blind).map((l) => l.link),
    blindLinks: links.filter((l) => l.blind).map((l) => l.link),
  };
}

export interface EffectOverview {
  competences: CompetenceEffect[];
  /** Competences with no baseline measurement: their change can never be shown. */
  withoutBaseline: { competenceId: string; title: string }[];
}

export function effectOverview(
  doc: Pick<PlanDocument, 'competences' | 'targetGroups' | 'measurements'>,
): EffectOverview {
  const measured = groupByLink(doc.measurements, (m) => [m.competenceId]);
  const targetGroupIds = doc.targetGroups.map((t) => t.id);
  const competences = doc.competences.map((c) =>
    effectOf(c, linkedTo(measured, c.id), targetGroupIds),
  );
  return {
    competences,
    withoutBaseline: competences
      .filter((c) => !c.hasBaseline)
      .map((c) => ({ competenceId: c.competenceId, title: c.title })),
  };
}

export function competencesWithoutBaseline(
  doc: Pick<PlanDocument, 'competences' | 'measurements'>,
): { competenceId: string; title: string }[] {
  const based = new Set(
    doc.measurements.filter((m) => m.kind === 'baseline').map((m) => m.competenceId),
  );
  return doc.competences
    .filter((c) => !based.has(c.id))
    .map((c) => ({ competenceId: c.id, title: c.title }));
}
