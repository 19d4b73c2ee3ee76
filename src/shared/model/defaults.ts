import type { EntityKind } from './enums';
import type { EntityByKind, Plan } from './entities';

type Fields<K extends EntityKind> = Omit<EntityByKind[K], 'id' | 'updatedAt'>;

/**
 * What a new entity holds before the committee fills it in. Title and name are left empty on
 * purpose: the create call must supply them, and the validation says so if it does not.
 */
export const entityDefaults: { [K in EntityKind]: Fields<K> } = {
  member: { name: '', role: 'other' },
  targetGroup: { name: '', headcount: null, description: '' },
  driver: { catalogKey: null, title: '', description: '', priority: 2 },
  competence: {
    catalogKey: null,
    title: '',
    description: '',
    priority: 2,
    driverIds: [],
    targetGroupIds: [],
    methodIds: [],
    currentLevel: null,
    targetLevel: null,
    learningObjectives: [],
  },
  method: { catalogKey: null, title: '', description: '' },
  activity: {
    title: '',
    description: '',
    competenceIds: [],
    methodIds: [],
    targetGroupIds: [],
    ownerId: null,
    start: null,
    end: null,
    status: 'planned',
    progress: 0,
    budget: 0,
    spent: 0,
    funding: '',
    participantsPlanned: 0,
    participantsReached: 0,
  },
  measurement: {
    competenceId: '',
    targetGroupId: null,
    date: '',
    kind: 'baseline',
    level: null,
    respondents: null,
    note: '',
    effectLink: 'learned',
    indicator: null,
  },
};

export function planDefaults(
  title: string,
  language: Plan['language'],
): Omit<Plan, 'id' | 'updatedAt'> {
  return {
    title,
    organisation: '',
    unit: '',
    periodStart: null,
    periodEnd: null,
    purpose: '',
    principles: [],
    status: 'draft',
    decisionDate: null,
    language,
  };
}
