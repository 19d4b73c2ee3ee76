import type { LocalizedText } from '../i18n/localized';
import type { PlanDocument } from '../model/document';
import type { ImpactGap } from './types';

type GapSource = Pick<PlanDocument, 'drivers' | 'targetGroups' | 'competences' | 'activities'>;

const messages = {
  driver: (title: string): LocalizedText => ({
    da: `Baggrunden »${title}« besvares ikke af nogen kompetence. Knyt den til en kompetence, eller overvej, om den hører til i planen.`,
    en: `No competence answers the driver “${title}”. Link it to a competence, or consider whether it belongs in the plan.`,
  }),
  targetGroup: (title: string): LocalizedText => ({
    da: `Målgruppen »${title}« har ingen kompetencer i planen. Vælg, hvad målgruppen skal udvikle, eller fjern den.`,
    en: `The target group “${title}” has no competences in the plan. Choose what the group is to develop, or remove it.`,
  }),
  competence: (title: string): LocalizedText => ({
    da: `Ingen indsats udvikler kompetencen »${title}«. Planlæg en indsats, eller knyt en eksisterende indsats til kompetencen.`,
    en: `No activity develops the competence “${title}”. Plan an activity, or link an existing one to the competence.`,
  }),
  competenceOnlyCancelled: (title: string): LocalizedText => ({
    da: `Kompetencen »${title}« har kun aflyste indsatser. Planlæg en ny indsats, hvis kompetencen stadig skal udvikles.`,
    en: `The competence “${title}” has only cancelled activities. Plan a new one if the competence is still to be developed.`,
  }),
  activity: (title: string): LocalizedText => ({
    da: `Indsatsen »${title}« er ikke knyttet til nogen kompetence, så det fremgår ikke, hvad den skal udvikle.`,
    en: `The activity “${title}” is not linked to any competence, so it does not say what it is to develop.`,
  }),
};

/**
 * The loose ends of the plan, in the map's column order. A competence counts as served only by
 * activities that are not cancelled: a cancelled course develops nobody. A cancelled activity
 * without a competence is not a gap, since nobody will act on it.
 */
export function impactGaps(doc: GapSource): ImpactGap[] {
  const gaps: ImpactGap[] = [];
  const competenceIds = new Set(doc.competences.map((c) => c.id));
  const answered = new Set(doc.competences.flatMap((c) => c.driverIds));
  const targeted = new Set(doc.competences.flatMap((c) => c.targetGroupIds));

  for (const d of doc.drivers) {
    if (!answered.has(d.id)) {
      gaps.push({
        kind: 'driver-without-competence',
        nodeId: d.id,
        title: d.title,
        message: messages.driver(d.title),
      });
    }
  }
  for (const t of doc.targetGroups) {
    if (!targeted.has(t.id)) {
      gaps.push({
        kind: 'target-group-without-competence',
        nodeId: t.id,
        title: t.name,
        message: messages.targetGroup(t.name),
      });
    }
  }
  // One pass over the activities for both questions, gathering no lists: at 20,000 activities
  // grouping them by competence first was most of the impact map's first drawing.
  const served = new Set<string>();
  const servedByLive = new Set<string>();
  const looseActivities: ImpactGap[] = [];
  for (const a of doc.activities) {
    const live = a.status !== 'cancelled';
    let linked = false;
    for (const id of a.competenceIds) {
      served.add(id);
      if (live) servedByLive.add(id);
      if (!linked && competenceIds.has(id)) linked = true;
    }
    if (live && !linked) {
      looseActivities.push({
        kind: 'activity-without-competence',
        nodeId: a.id,
        title: a.title,
        message: messages.activity(a.title),
      });
    }
  }
  for (const c of doc.competences) {
    if (servedByLive.has(c.id)) continue;
    gaps.push({
      kind: 'competence-without-activity',
      nodeId: c.id,
      title: c.title,
      message: served.has(c.id)
        ? messages.competenceOnlyCancelled(c.title)
        : messages.competence(c.title),
    });
  }
  return gaps.concat(looseActivities);
}
