export const PLAN_STATUSES = ['draft', 'discussed', 'adopted', 'active', 'evaluated'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const MEMBER_ROLES = ['management', 'employee-rep', 'hr', 'union-rep', 'other'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const ACTIVITY_STATUSES = ['idea', 'planned', 'in-progress', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const MEASUREMENT_KINDS = ['baseline', 'follow-up'] as const;
export type MeasurementKind = (typeof MEASUREMENT_KINDS)[number];

/** Kompetencesekretariatet's effect chain, in the order an effort travels through it. */
export const EFFECT_LINKS = [
  'carried-out',
  'learned',
  'applied',
  'behaviour',
  'short-term-result',
  'long-term-effect',
] as const;
export type EffectLink = (typeof EFFECT_LINKS)[number];

/** What an item in the committee's årshjul is about; `other` for the committee's own items. */
export const YEAR_WHEEL_KINDS = [
  'su-meeting',
  'mus-round',
  'budget',
  'measurement-round',
  'annual-evaluation',
  'fund-deadline',
  'other',
] as const;
export type YearWheelKind = (typeof YEAR_WHEEL_KINDS)[number];

/** Who carries an item: the committee as a whole, or one of the roles its members hold. */
export const YEAR_WHEEL_OWNERS = ['committee', ...MEMBER_ROLES] as const;
export type YearWheelOwner = (typeof YEAR_WHEEL_OWNERS)[number];

/** The two workshops of Kompetencesekretariatet's kit: the committee's half day, and a team's GRUS. */
export const WORKSHOP_FORMATS = ['su', 'team'] as const;
export type WorkshopFormat = (typeof WORKSHOP_FORMATS)[number];

/** What a card written in a workshop proposes; `idea` for one that is not yet any of the others. */
export const WORKSHOP_CARD_KINDS = [
  'driver',
  'competence',
  'principle',
  'activity',
  'idea',
] as const;
export type WorkshopCardKind = (typeof WORKSHOP_CARD_KINDS)[number];

/** The plan entries a card can become: a principle is a text in the plan's list, not a row. */
export const WORKSHOP_PROMOTED_KINDS = ['driver', 'competence', 'principle', 'activity'] as const;
export type WorkshopPromotedKind = (typeof WORKSHOP_PROMOTED_KINDS)[number];

/** A card's place on one axis of the impact/effort grid. */
export const WORKSHOP_GRID_LEVELS = ['high', 'low'] as const;
export type WorkshopGridLevel = (typeof WORKSHOP_GRID_LEVELS)[number];

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PRIORITIES = [1, 2, 3] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The entity types a plan holds besides the plan row itself, in the order of the committee's process. */
export const ENTITY_KINDS = [
  'member',
  'targetGroup',
  'driver',
  'competence',
  'method',
  'activity',
  'measurement',
  'yearItem',
  'statusSnapshot',
  'evaluation',
  'workshop',
  'workshopCard',
  'workshopVote',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Many-to-many links; the first part names the side that owns the list in the model. */
export const LINK_KINDS = [
  'competence-driver',
  'competence-targetGroup',
  'competence-method',
  'activity-competence',
  'activity-method',
  'activity-targetGroup',
  'yearItem-activity',
  'yearItem-measurement',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
