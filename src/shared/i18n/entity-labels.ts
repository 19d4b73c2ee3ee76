import type { EntityKind } from '../model/enums';
import type { LocalizedText } from './localized';

/** Singular names of the entity kinds, as they appear inside sentences. */
export const entityLabels: Record<EntityKind | 'plan', LocalizedText> = {
  plan: { da: 'planen', en: 'the plan' },
  member: { da: 'udvalgsmedlem', en: 'committee member' },
  targetGroup: { da: 'målgruppe', en: 'target group' },
  driver: { da: 'baggrund', en: 'driver' },
  competence: { da: 'kompetence', en: 'competence' },
  method: { da: 'metode', en: 'method' },
  activity: { da: 'indsats', en: 'activity' },
  measurement: { da: 'måling', en: 'measurement' },
  yearItem: { da: 'punkt i årshjulet', en: 'item in the year wheel' },
  statusSnapshot: { da: 'statusmarkering', en: 'status snapshot' },
  evaluation: { da: 'årlig evaluering', en: 'annual evaluation' },
  workshop: { da: 'workshop', en: 'workshop' },
  workshopCard: { da: 'kort fra en workshop', en: 'workshop card' },
  workshopVote: { da: 'stemme fra en workshop', en: 'workshop vote' },
};

/** The entity kinds named on their own: a column, a filter, the kind of a changed row. */
export const ENTITY_NAMES: Record<EntityKind | 'plan', LocalizedText> = {
  plan: { da: 'Planen', en: 'The plan' },
  member: { da: 'Medlem', en: 'Member' },
  targetGroup: { da: 'Målgruppe', en: 'Target group' },
  driver: { da: 'Baggrund', en: 'Driver' },
  competence: { da: 'Kompetence', en: 'Competence' },
  method: { da: 'Metode', en: 'Method' },
  activity: { da: 'Indsats', en: 'Activity' },
  measurement: { da: 'Måling', en: 'Measurement' },
  yearItem: { da: 'Punkt i årshjulet', en: 'Year wheel item' },
  statusSnapshot: { da: 'Statusmarkering', en: 'Status snapshot' },
  evaluation: { da: 'Årlig evaluering', en: 'Annual evaluation' },
  workshop: { da: 'Workshop', en: 'Workshop' },
  workshopCard: { da: 'Workshopkort', en: 'Workshop card' },
  workshopVote: { da: 'Workshopstemme', en: 'Workshop vote' },
};

/** The plan's lists of rows, by the names the plan document gives them. */
export type PlanList =
  'drivers' | 'targetGroups' | 'competences' | 'methods' | 'activities' | 'measurements';

/**
 * The plan's lists by name: a step of the planner, a sheet of the workbook, the column of a
 * row's links (a competence's drivers, an activity's target groups).
 */
export const LIST_LABELS: Record<PlanList, LocalizedText> = {
  drivers: { da: 'Baggrunde', en: 'Drivers' },
  targetGroups: { da: 'Målgrupper', en: 'Target groups' },
  competences: { da: 'Kompetencer', en: 'Competences' },
  methods: { da: 'Metoder', en: 'Methods' },
  activities: { da: 'Indsatser', en: 'Activities' },
  measurements: { da: 'Målinger', en: 'Measurements' },
};

/** Plural names of the entity kinds, as they appear inside sentences after a count above one. */
export const ENTITY_PLURALS: Record<EntityKind, LocalizedText> = {
  member: { da: 'udvalgsmedlemmer', en: 'committee members' },
  targetGroup: { da: 'målgrupper', en: 'target groups' },
  driver: { da: 'baggrunde', en: 'drivers' },
  competence: { da: 'kompetencer', en: 'competences' },
  method: { da: 'metoder', en: 'methods' },
  activity: { da: 'indsatser', en: 'activities' },
  measurement: { da: 'målinger', en: 'measurements' },
  yearItem: { da: 'punkter i årshjulet', en: 'items in the year wheel' },
  statusSnapshot: { da: 'statusmarkeringer', en: 'status snapshots' },
  evaluation: { da: 'årlige evalueringer', en: 'annual evaluations' },
  workshop: { da: 'workshopper', en: 'workshops' },
  workshopCard: { da: 'kort fra workshopper', en: 'workshop cards' },
  workshopVote: { da: 'stemmer fra workshopper', en: 'workshop votes' },
};
