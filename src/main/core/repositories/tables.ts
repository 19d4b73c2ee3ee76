import type { EntityKind, LinkKind } from '../../../shared/model/enums';

/**
 * How one model field is stored. `json: 'list'` holds a list of texts as a JSON array (never
 * null); `json: 'object'` holds a JSON object, or SQL NULL when the field is null.
 */
export type JsonKind = 'list' | 'object';

export interface ColumnDef {
  field: string;
  column: string;
  json?: JsonKind;
  /** A yes/no field, held as 0 or 1: SQLite has no type of its own for it. */
  bool?: true;
}

export interface EntityTableDef {
  kind: EntityKind | 'plan';
  table: string;
  columns: readonly ColumnDef[];
  /** Columns of other tables that point at this one, and what deleting a row does to them. */
  referencedBy: readonly { kind: EntityKind; column: string; onDelete: 'set-null' | 'delete' }[];
}

export interface LinkTableDef {
  kind: LinkKind;
  table: string;
  fromKind: EntityKind;
  fromColumn: string;
  toKind: EntityKind;
  toColumn: string;
  /** The list field on the `from` entity that the link table stores. */
  field: string;
}

const col = (field: string, column = snake(field), json?: JsonKind): ColumnDef =>
  json ? { field, column, json } : { field, column };
const list = (field: string) => col(field, snake(field), 'list');
const object = (field: string) => col(field, snake(field), 'object');
const bool = (field: string): ColumnDef => ({ field, column: snake(field), bool: true });

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export const PLAN_TABLE: EntityTableDef = {
  kind: 'plan',
  table: 'plan',
  columns: [
    col('title'),
    col('organisation'),
    col('unit'),
    col('periodStart'),
    col('periodEnd'),
    col('purpose'),
    list('principles'),
    col('status'),
    col('decisionDate'),
    col('language'),
    object('statusDates'),
    object('fundingRules'),
    list('levelMeanings'),
    col('agendaRequest'),
    col('changeLogLimit'),
    col('anonymityThreshold'),
  ],
  referencedBy: [],
};

export const ENTITY_TABLES: Record<EntityKind, EntityTableDef> = {
  member: {
    kind: 'member',
    table: 'member',
    columns: [col('name'), col('role')],
    referencedBy: [{ kind: 'activity', column: 'owner_id', onDelete: 'set-null' }],
  },
  targetGroup: {
    kind: 'targetGroup',
    table: 'target_group',
    columns: [col('name'), col('headcount'), col('description')],
    referencedBy: [
      { kind: 'measurement', column: 'target_group_id', onDelete: 'set-null' },
      // A team workshop held is still a workshop held when its team is no longer a target group.
      { kind: 'workshop', column: 'target_group_id', onDelete: 'set-null' },
    ],
  },
  driver: {
    kind: 'driver',
    table: 'driver',
    columns: [col('catalogKey'), col('title'), col('description'), col('priority')],
    referencedBy: [],
  },
  competence: {
    kind: 'competence',
    table: 'competence',
    columns: [
      col('catalogKey'),
      col('title'),
      col('description'),
      col('priority'),
      col('currentLevel'),
      col('targetLevel'),
      list('learningObjectives'),
    ],
    // A measurement of a competence that no longer exists means nothing, so it goes with it
    // (and comes back with it on undo).
    referencedBy: [{ kind: 'measurement', column: 'competence_id', onDelete: 'delete' }],
  },
  method: {
    kind: 'method',
    table: 'method',
    columns: [col('catalogKey'), col('title'), col('description')],
    referencedBy: [],
  },
  activity: {
    kind: 'activity',
    table: 'activity',
    columns: [
      col('title'),
      col('description'),
      col('ownerId'),
      col('start', 'start_date'),
      col('end', 'end_date'),
      col('status'),
      col('progress'),
      col('budget'),
      col('spent'),
      col('funding'),
      col('participantsPlanned'),
      col('participantsReached'),
      object('fundingApplication'),
    ],
    referencedBy: [],
  },
  measurement: {
    kind: 'measurement',
    table: 'measurement',
    columns: [
      col('competenceId'),
      col('targetGroupId'),
      col('date'),
      col('kind'),
      col('level'),
      col('respondents'),
      col('note'),
      col('effectLink'),
      col('indicator'),
      object('distribution'),
    ],
    referencedBy: [],
  },
  yearItem: {
    kind: 'yearItem',
    table: 'year_item',
    columns: [col('month'), col('title'), col('description'), col('kind'), col('ownerRole')],
    referencedBy: [],
  },
  statusSnapshot: {
    kind: 'statusSnapshot',
    table: 'status_snapshot',
    columns: [col('date'), col('note'), object('data')],
    referencedBy: [],
  },
  evaluation: {
    kind: 'evaluation',
    table: 'evaluation',
    columns: [
      col('year'),
      col('periodStart'),
      col('periodEnd'),
      object('figures'),
      col('musFollowUp'),
      col('conclusions'),
      list('decisions'),
      col('completedAt'),
    ],
    referencedBy: [],
  },
  workshop: {
    kind: 'workshop',
    table: 'workshop',
    columns: [
      col('format'),
      col('title'),
      col('heldOn'),
      col('targetGroupId'),
      col('currentStepId'),
      col('dotsPerParticipant'),
      bool('votesRevealed'),
      col('timerStepId'),
      col('timerSeconds'),
      col('timerRunningSince'),
      col('timerElapsedSeconds'),
      col('endedAt'),
    ],
    // The votes go before the cards they name, so no vote is left pointing at a deleted card.
    referencedBy: [
      { kind: 'workshopVote', column: 'workshop_id', onDelete: 'delete' },
      { kind: 'workshopCard', column: 'workshop_id', onDelete: 'delete' },
    ],
  },
  workshopCard: {
    kind: 'workshopCard',
    table: 'workshop_card',
    // `promoted_id` names a driver, a competence or an activity: a note of what the card became,
    // not a reference the file enforces, so deleting that entry leaves the card as it was.
    columns: [
      col('workshopId'),
      col('stepId'),
      col('kind'),
      col('text'),
      bool('parked'),
      col('impact'),
      col('effort'),
      col('promotedKind'),
      col('promotedId'),
    ],
    referencedBy: [{ kind: 'workshopVote', column: 'card_id', onDelete: 'delete' }],
  },
  workshopVote: {
    kind: 'workshopVote',
    table: 'workshop_vote',
    columns: [col('workshopId'), col('cardId'), col('participant'), col('dots')],
    referencedBy: [],
  },
};

export const LINK_TABLES: Record<LinkKind, LinkTableDef> = {
  'competence-driver': {
    kind: 'competence-driver',
    table: 'competence_driver',
    fromKind: 'competence',
    fromColumn: 'competence_id',
    toKind: 'driver',
    toColumn: 'driver_id',
    field: 'driverIds',
  },
  'competence-targetGroup': {
    kind: 'competence-targetGroup',
    table: 'competence_target_group',
    fromKind: 'competence',
    fromColumn: 'competence_id',
    toKind: 'targetGroup',
    toColumn: 'target_group_id',
    field: 'targetGroupIds',
  },
  'competence-method': {
    kind: 'competence-method',
    table: 'competence_method',
    fromKind: 'competence',
    fromColumn: 'competence_id',
    toKind: 'method',
    toColumn: 'method_id',
    field: 'methodIds',
  },
  'activity-competence': {
    kind: 'activity-competence',
    table: 'activity_competence',
    fromKind: 'activity',
    fromColumn: 'activity_id',
    toKind: 'competence',
    toColumn: 'competence_id',
    field: 'competenceIds',
  },
  'activity-method': {
    kind: 'activity-method',
    table: 'activity_method',
    fromKind: 'activity',
    fromColumn: 'activity_id',
    toKind: 'method',
    toColumn: 'method_id',
    field: 'methodIds',
  },
  'activity-targetGroup': {
    kind: 'activity-targetGroup',
    table: 'activity_target_group',
    fromKind: 'activity',
    fromColumn: 'activity_id',
    toKind: 'targetGroup',
    toColumn: 'target_group_id',
    field: 'targetGroupIds',
  },
  'yearItem-activity': {
    kind: 'yearItem-activity',
    table: 'year_item_activity',
    fromKind: 'yearItem',
    fromColumn: 'year_item_id',
    toKind: 'activity',
    toColumn: 'activity_id',
    field: 'activityIds',
  },
  'yearItem-measurement': {
    kind: 'yearItem-measurement',
    table: 'year_item_measurement',
    fromKind: 'yearItem',
    fromColumn: 'year_item_id',
    toKind: 'measurement',
    toColumn: 'measurement_id',
    field: 'measurementIds',
  },
};

export const LINKS_FROM = (kind: EntityKind): LinkTableDef[] =>
  Object.values(LINK_TABLES).filter((l) => l.fromKind === kind);

export const LINKS_TOUCHING = (kind: EntityKind): LinkTableDef[] =>
  Object.values(LINK_TABLES).filter((l) => l.fromKind === kind || l.toKind === kind);

/** Every table a plan's rows live in, with the columns that identify a row. */
export const ALL_ROW_TABLES: Record<string, readonly string[]> = Object.fromEntries<
  readonly string[]
>([
  ['plan', ['id']],
  ...Object.values(ENTITY_TABLES).map((t): [string, string[]] => [t.table, ['id']]),
  ...Object.values(LINK_TABLES).map((l): [string, string[]] => [
    l.table,
    [l.fromColumn, l.toColumn],
  ]),
]);

/** The columns that identify a row of `table`; an unknown table is a slip, not data. */
export function keyColumnsOf(table: string): readonly string[] {
  const key = ALL_ROW_TABLES[table];
  if (!key) throw new Error(`Unknown table ${table}`);
  return key;
}
