import type { CreateEntityInput, UpdateEntityInput } from '../../../shared/api';
import { errors, OmstilError } from '../../../shared/errors';
import { entityLabels } from '../../../shared/i18n/entity-labels';
import { entityDefaults } from '../../../shared/model/defaults';
import type { EntityKind } from '../../../shared/model/enums';
import type { Db } from '../db/connection';
import { fromColumns, toColumns } from '../repositories/entity-mapper';
import { nextPosition, selectIds, selectRow, selectRows } from '../repositories/plan-rows';
import type { RowWriter } from '../repositories/row-writer';
import { ENTITY_TABLES, LINKS_FROM, LINKS_TOUCHING } from '../repositories/tables';
import { createSnapshot } from '../../../shared/progress/snapshot';
import { readDocument } from '../repositories/document-reader';
import { checkEvaluationYear, checkReferences, validateEntity } from './entity-validation';
import { checkWorkshopRow } from './workshop-validation';
import type { PlanSession } from './plan-session';

type Values = Record<string, unknown>;

/** The entity as the model sees it, link lists included. */
export function loadEntity(db: Db, kind: EntityKind, id: string): Values {
  const def = ENTITY_TABLES[kind];
  const row = selectRow(db, def.table, { id });
  if (!row) throw new OmstilError(errors.entityNotFound(entityLabels[kind], id));
  const values = fromColumns(def, row);
  for (const link of LINKS_FROM(kind)) {
    values[link.field] = selectRows(db, link.table, link.fromColumn, id).map((r) =>
      String(r[link.toColumn]),
    );
  }
  delete values['id'];
  delete values['updatedAt'];
  return values;
}

/** Makes the link table hold exactly `wanted` for this entity, touching only what differs. */
function syncLinks(
  writer: RowWriter,
  kind: EntityKind,
  id: string,
  values: Values,
  now: string,
): void {
  for (const link of LINKS_FROM(kind)) {
    const wanted = values[link.field];
    if (!Array.isArray(wanted)) continue;
    const want = new Set(wanted as string[]);
    const have = new Set(
      selectRows(writer.db, link.table, link.fromColumn, id).map((r) => String(r[link.toColumn])),
    );
    for (const to of have) {
      if (!want.has(to)) writer.delete(link.table, { [link.fromColumn]: id, [link.toColumn]: to });
    }
    for (const to of want) {
      if (!have.has(to)) {
        writer.insert(link.table, { [link.fromColumn]: id, [link.toColumn]: to, updated_at: now });
      }
    }
  }
}

export function createEntity(session: PlanSession, input: CreateEntityInput): string {
  const { entity: kind } = input;
  const id = session.env.newId();
  session.edit(`create:${kind}`, (writer, now) =>
    insertEntity(writer, kind, id, input.values, now),
  );
  return id;
}

/**
 * Writes a new entity of `kind` from the program's defaults and `given`, checked as a create call
 * checks it, inside an edit that may write more (a compound edit is one undo step).
 */
export function insertEntity(
  writer: RowWriter,
  kind: EntityKind,
  id: string,
  given: Values,
  now: string,
): void {
  const defaults: Values = { ...entityDefaults[kind] };
  // A measurement recorded today is the common case; the committee can change the date.
  if (kind === 'measurement' || kind === 'statusSnapshot') defaults['date'] = now.slice(0, 10);
  const merged: Values = { ...defaults, ...given };
  // Marking a status means keeping the plan's figures as they stand on the snapshot's date.
  if (kind === 'statusSnapshot' && !('data' in given)) {
    merged['data'] = createSnapshot(readDocument(writer.db, 'summaries'), String(merged['date']));
  }
  const values = validateEntity(kind, merged);
  if (kind === 'evaluation') checkEvaluationYear(writer.db, id, values['year']);
  checkReferences(writer.db, kind, id, values);
  checkWorkshopRow(writer.db, kind, id, values, null);
  const def = ENTITY_TABLES[kind];
  writer.insert(def.table, {
    id,
    position: nextPosition(writer.db, def.table),
    ...toColumns(def, values),
    updated_at: now,
  });
  syncLinks(writer, kind, id, values, now);
}

export function updateEntity(session: PlanSession, input: UpdateEntityInput): void {
  const { entity: kind, id, patch } = input;
  session.edit(`update:${kind}`, (writer, now) => changeEntity(writer, kind, id, patch, now));
}

/** Applies `patch` to an entity, checked as an update call checks it, inside a larger edit. */
export function changeEntity(
  writer: RowWriter,
  kind: EntityKind,
  id: string,
  patch: Values,
  now: string,
): void {
  const current = loadEntity(writer.db, kind, id);
  const values = validateEntity(kind, { ...current, ...patch });
  if (kind === 'evaluation' && 'year' in patch) checkEvaluationYear(writer.db, id, values['year']);
  const changed = Object.fromEntries(Object.keys(patch).map((k) => [k, values[k]]));
  checkReferences(writer.db, kind, id, changed);
  checkWorkshopRow(writer.db, kind, id, values, current);
  const def = ENTITY_TABLES[kind];
  const rowChanged = writer.update(
    def.table,
    { id },
    { ...toColumns(def, changed), updated_at: now },
  );
  const before = writer.changes.length;
  syncLinks(writer, kind, id, changed, now);
  // A changed link is a change to the entity the committee sees, so its time moves too.
  if (!rowChanged && writer.changes.length > before) writer.touch(def.table, { id }, now);
}

/**
 * Deletes an entity and what hangs on it: its links in both directions, and the rows that point
 * at it (cleared or removed as `referencedBy` says). A driver's competences stay; only the links
 * go. All of it is one undo step.
 */
export function deleteEntity(session: PlanSession, kind: EntityKind, id: string): void {
  session.edit(`delete:${kind}`, (writer, now) => {
    loadEntity(writer.db, kind, id);
    removeLinksTouching(writer, kind, id);
    for (const ref of ENTITY_TABLES[kind].referencedBy) {
      const table = ENTITY_TABLES[ref.kind].table;
      for (const row of selectRows(writer.db, table, ref.column, id)) {
        const refId = String(row['id']);
        if (ref.onDelete === 'set-null') {
          writer.update(table, { id: refId }, { [ref.column]: null, updated_at: now });
        } else {
          removeLinksTouching(writer, ref.kind, refId);
          writer.delete(table, { id: refId });
        }
      }
    }
    writer.delete(ENTITY_TABLES[kind].table, { id });
  });
}

function removeLinksTouching(writer: RowWriter, kind: EntityKind, id: string): void {
  for (const link of LINKS_TOUCHING(kind)) {
    const column = link.fromKind === kind ? link.fromColumn : link.toColumn;
    for (const row of selectRows(writer.db, link.table, column, id)) {
      writer.delete(link.table, {
        [link.fromColumn]: row[link.fromColumn] ?? null,
        [link.toColumn]: row[link.toColumn] ?? null,
      });
    }
  }
}

/** `ids` must be every entity of the kind, in the new order. */
export function reorderEntities(session: PlanSession, kind: EntityKind, ids: string[]): void {
  session.edit(`reorder:${kind}`, (writer, now) => {
    const table = ENTITY_TABLES[kind].table;
    const existing = selectIds(writer.db, table);
    const given = new Set(ids);
    if (
      given.size !== ids.length ||
      given.size !== existing.length ||
      existing.some((id) => !given.has(id))
    ) {
      throw new OmstilError(
        errors.invalidInput([
          {
            path: 'ids',
            rule: 'reorder-mismatch',
            message: {
              da: 'Den nye rækkefølge skal indeholde hver post præcis én gang. Opdatér visningen og prøv igen.',
              en: 'The new order must contain every item exactly once. Refresh the view and try again.',
            },
          },
        ]),
      );
    }
    ids.forEach((id, position) => writer.update(table, { id }, { position, updated_at: now }));
  });
}
