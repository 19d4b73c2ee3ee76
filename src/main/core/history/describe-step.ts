import type { HistoryStep } from '../../../shared/model/history-step';
import {
  ENTITY_KINDS,
  LINK_KINDS,
  type EntityKind,
  type LinkKind,
} from '../../../shared/model/enums';
import type { Row, RowChange } from '../repositories/row-change';
import {
  ENTITY_TABLES,
  LINK_TABLES,
  PLAN_TABLE,
  type EntityTableDef,
} from '../repositories/tables';

/** Values longer than this are not repeated in a sentence about the step; the field is named. */
const SHORT_VALUE = 60;

const LABEL =
  /^(create|update|delete|link|unlink|reorder|apply-ranking|file-team-plan|import-excel|import-survey):(.+)$/;

const isEntity = (kind: string): kind is EntityKind | 'plan' =>
  kind === 'plan' || (ENTITY_KINDS as readonly string[]).includes(kind);
const isLink = (kind: string): kind is LinkKind => (LINK_KINDS as readonly string[]).includes(kind);

const OTHER: HistoryStep = {
  action: 'other',
  entity: null,
  id: null,
  title: null,
  date: null,
  field: null,
  link: null,
};

/**
 * What a stored step did, read from its label (`update:activity`, `link:competence-method`, as
 * every version has written them) and its row changes. Old files' steps read the same way, since
 * both have always been stored; a label this version does not know reads as `other`.
 */
export function describeStep(label: string, changesJson: string): HistoryStep {
  const match = LABEL.exec(label);
  if (!match) return OTHER;
  const action = match[1] as Exclude<HistoryStep['action'], 'other'>;
  const kind = match[2]!;
  let changes: RowChange[];
  try {
    changes = JSON.parse(changesJson) as RowChange[];
  } catch {
    return OTHER;
  }
  if (action === 'link' || action === 'unlink') {
    return isLink(kind) ? describeLink(action, kind, changes) : OTHER;
  }
  if (!isEntity(kind)) return OTHER;
  const def = kind === 'plan' ? PLAN_TABLE : ENTITY_TABLES[kind];
  if (action === 'reorder') return { ...OTHER, action, entity: kind };
  if (action === 'import-excel') {
    // Told by how many activities it brought; the names made for them go with it.
    const added = changes.filter((c) => c.table === def.table && c.before === null).length;
    return { ...OTHER, action, entity: kind, value: added };
  }
  // A survey's figures are told as one import, not by any one of the measurements it added.
  if (action === 'import-survey') return { ...OTHER, action, entity: kind };
  if (action === 'apply-ranking' || action === 'file-team-plan') {
    // The priorities it wrote are many rows; the step is told by the workshop they came from (a
    // team's plan, by the team it is for).
    const row = changes.find((c) => c.table === def.table)?.after ?? null;
    return {
      ...OTHER,
      action,
      entity: kind,
      id: textOf(row?.['id']),
      title: textOf(row?.['title'] ?? row?.['name']),
    };
  }
  const own = changes.find(
    (c) =>
      c.table === def.table &&
      (action === 'create' ? c.before === null : action === 'delete' ? c.after === null : true),
  );
  const row = own?.after ?? own?.before ?? null;
  const step: HistoryStep = {
    ...OTHER,
    action,
    entity: kind,
    id: kind === 'plan' ? '' : textOf(row?.['id']),
    // A workshop's card is known by its text, a vote by who gave it.
    title:
      textOf(row?.['title']) ??
      textOf(row?.['name']) ??
      textOf(row?.['text']) ??
      textOf(row?.['participant']),
    date: textOf(row?.['date']),
  };
  return action === 'update' ? { ...step, ...changedField(def, own ?? null, changes) } : step;
}

function describeLink(
  action: 'link' | 'unlink',
  kind: LinkKind,
  changes: readonly RowChange[],
): HistoryStep {
  const link = LINK_TABLES[kind];
  const change = changes.find((c) => c.table === link.table);
  const row = change?.after ?? change?.before ?? change?.key ?? null;
  const fromId = textOf(row?.[link.fromColumn]);
  const toId = textOf(row?.[link.toColumn]);
  const from = changes.find(
    (c) => c.table === ENTITY_TABLES[link.fromKind].table && c.key['id'] === fromId,
  );
  return {
    ...OTHER,
    action,
    entity: link.fromKind,
    id: fromId,
    title: textOf(from?.after?.['title']) ?? textOf(from?.after?.['name']),
    link: toId === null ? null : { kind, toId },
  };
}

/** The one field an update changed, with its new value when that is short; else neither. */
function changedField(
  def: EntityTableDef,
  own: RowChange | null,
  changes: readonly RowChange[],
): Pick<HistoryStep, 'field' | 'value'> {
  const fields: { field: string; value?: Row[string] | boolean }[] = [];
  if (own?.before && own.after) {
    for (const column of def.columns) {
      const before = own.before[column.column] ?? null;
      const after = own.after[column.column] ?? null;
      if (before === after) continue;
      if (column.json) fields.push({ field: column.field });
      else fields.push({ field: column.field, value: column.bool ? after === 1 : after });
    }
  }
  for (const link of Object.values(LINK_TABLES)) {
    if (link.fromKind !== def.kind) continue;
    if (changes.some((c) => c.table === link.table) && !fields.some((f) => f.field === link.field))
      fields.push({ field: link.field });
  }
  const only = fields.length === 1 ? fields[0]! : null;
  if (!only) return { field: null };
  const value = only.value;
  const short =
    value === null ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    (typeof value === 'string' && value.length <= SHORT_VALUE);
  return short && 'value' in only ? { field: only.field, value: value } : { field: only.field };
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
