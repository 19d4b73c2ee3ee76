import type { EntityKind } from './enums';
import type { EntityByKind, Plan, StatusSnapshotEntity } from './entities';
import { DEFAULT_ANONYMITY_THRESHOLD } from './anonymity';
import { DEFAULT_LOG_LIMIT } from './log-limit';

type Fields<K extends EntityKind> = Omit<EntityByKind[K], 'id' | 'updatedAt'>;

/**
 * A status snapshot has no sensible empty figures: the service takes them from the plan as it
 * stands when none are given, so its default is null and an explicit null is refused.
 */
type DefaultFields<K extends EntityKind> = K extends 'statusSnapshot'
  ? Omit<Fields<K>, 'data'> & { data: StatusSnapshotEntity['data'] | null }
  : Fields<K>;

/**
 * What a new entity holds before the committee fills it in. Title and name are left empty on
 * purpose: the create call must supply them, and the validation says so if it does not.
 */
export const entityDefaults: { [K in EntityKind]: DefaultFields<K> } = {
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
    fundingApplication: null,
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
    distribution: null,
  },
  yearItem: {
    month: 1,
    title: '',
    description: '',
    kind: 'other',
    ownerRole: null,
    activityIds: [],
    measurementIds: [],
  },
  statusSnapshot: { date: '', note: '', data: null },
  evaluation: {
    year: 0,
    periodStart: '',
    periodEnd: '',
    figures: null,
    musFollowUp: '',
    conclusions: '',
    decisions: [],
    completedAt: null,
  },
  workshop: {
    format: 'su',
    title: '',
    heldOn: '',
    targetGroupId: null,
    currentStepId: null,
    dotsPerParticipant: 3,
    votesRevealed: false,
    timerStepId: null,
    timerSeconds: 0,
    timerRunningSince: null,
    timerElapsedSeconds: 0,
    endedAt: null,
  },
  workshopCard: {
    workshopId: '',
    stepId: '',
    kind: 'idea',
    text: '',
    parked: false,
    impact: null,
    effort: null,
    promotedKind: null,
    promotedId: null,
  },
  workshopVote: { workshopId: '', cardId: '', participant: null, dots: 0 },
};

/** A plan's level scale as the program words it: every step keeps its default meaning. */
export const DEFAULT_LEVEL_MEANINGS: Plan['levelMeanings'] = ['', '', '', '', ''];

export const EMPTY_STATUS_DATES: Plan['statusDates'] = {
  draft: null,
  discussed: null,
  adopted: null,
  active: null,
  evaluated: null,
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
    statusDates: { ...EMPTY_STATUS_DATES },
    fundingRules: null,
    levelMeanings: [...DEFAULT_LEVEL_MEANINGS],
    agendaRequest: '',
    changeLogLimit: DEFAULT_LOG_LIMIT,
    anonymityThreshold: DEFAULT_ANONYMITY_THRESHOLD,
  };
}
