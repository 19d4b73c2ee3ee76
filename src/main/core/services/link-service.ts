import { errors, OmstilError } from '../../../shared/errors';
import { entityLabels } from '../../../shared/i18n/entity-labels';
import type { LinkKind } from '../../../shared/model/enums';
import { selectRow } from '../repositories/plan-rows';
import { ENTITY_TABLES, LINK_TABLES } from '../repositories/tables';
import { exists } from './entity-validation';
import type { PlanSession } from './plan-session';

/** Adds one link (e.g. a driver to a competence); adding one that exists changes nothing. */
export function addLink(session: PlanSession, kind: LinkKind, fromId: string, toId: string): void {
  const link = LINK_TABLES[kind];
  session.edit(`link:${kind}`, (writer, now) => {
    for (const [k, id] of [
      [link.fromKind, fromId],
      [link.toKind, toId],
    ] as const) {
      if (!exists(writer.db, k, id))
        throw new OmstilError(errors.entityNotFound(entityLabels[k], id));
    }
    const key = { [link.fromColumn]: fromId, [link.toColumn]: toId };
    if (selectRow(writer.db, link.table, key)) return;
    writer.insert(link.table, { ...key, updated_at: now });
    writer.touch(ENTITY_TABLES[link.fromKind].table, { id: fromId }, now);
  });
}

export function removeLink(
  session: PlanSession,
  kind: LinkKind,
  fromId: string,
  toId: string,
): void {
  const link = LINK_TABLES[kind];
  session.edit(`unlink:${kind}`, (writer, now) => {
    if (writer.delete(link.table, { [link.fromColumn]: fromId, [link.toColumn]: toId })) {
      writer.touch(ENTITY_TABLES[link.fromKind].table, { id: fromId }, now);
    }
  });
}
