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
};
