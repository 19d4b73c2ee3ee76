import type { PlanDocument, WindowDocument } from '../../../shared/model/document';
import type { Plan } from '../../../shared/model/entities';
import { collectionOf } from '../../../shared/model/collections';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/model/enums';
import type { Db } from '../db/connection';
import { appendId, fromColumns, trimIds } from './entity-mapper';
import type { Row } from './row-change';
import {
  selectInOrder,
  selectLinksInTargetOrder,
  selectPlanRow,
  selectStatusSummariesInOrder,
} from './plan-rows';
import { ENTITY_TABLES, LINK_TABLES, PLAN_TABLE } from './tables';

/** How much of each marked status's figures a plan is read with: whole, or a window's summary. */
export type Figures = 'whole' | 'summaries';

/** The document a plan is read as with `figures`. */
export type DocumentWith<F extends Figures> = F extends 'summaries' ? WindowDocument : PlanDocument;

/**
 * The whole plan in the committee's order. Link lists follow the order of the entities they
 * point at, so a competence lists its drivers in the order the drivers screen shows them.
 * A window's copy (`summaries`) holds each marked status's summary in place of its figures.
 */
export function readDocument(db: Db): PlanDocument;
export function readDocument(db: Db, figures: 'summaries'): WindowDocument;
export function readDocument(db: Db, figures: Figures): WindowDocument;
export function readDocument(db: Db, figures: Figures = 'whole'): WindowDocument {
  const plan = readPlan(db);
  const lists = {} as Record<EntityKind, Record<string, unknown>[]>;
  const byId = new Map<string, Record<string, unknown>>();
  for (const kind of ENTITY_KINDS) {
    const def = ENTITY_TABLES[kind];
    const rows =
      kind === 'statusSnapshot' ? statusRowsInOrder(db, figures) : selectInOrder(db, def.table);
    lists[kind] = rows.map((row) => {
      const values = fromColumns(def, row);
      byId.set(String(row['id']), values);
      return values;
    });
  }
  for (const link of Object.values(LINK_TABLES)) {
    for (const values of lists[link.fromKind]) values[link.field] = [];
    const pairs = selectLinksInTargetOrder(db, link);
    for (const { from, to } of pairs) {
      const values = byId.get(from);
      if (values) appendId(values, link.field, to);
    }
    for (const values of lists[link.fromKind]) trimIds(values, link.field);
  }

  const doc = { plan } as Record<string, unknown>;
  for (const kind of ENTITY_KINDS) doc[collectionOf[kind]] = lists[kind];
  return doc as WindowDocument;
}

/** The marked statuses' rows, with their whole figures or with the summary a window shows. */
export function statusRowsInOrder(db: Db, figures: Figures): Row[] {
  return figures === 'summaries'
    ? selectStatusSummariesInOrder(db)
    : selectInOrder(db, ENTITY_TABLES.statusSnapshot.table);
}

/** The plan row as the model sees it; a plan file holds exactly one. */
export function readPlan(db: Db): Plan {
  const row = selectPlanRow(db);
  if (!row) throw new Error('The plan file has no plan row');
  return fromColumns(PLAN_TABLE, row) as Plan;
}
