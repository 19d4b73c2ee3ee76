import { basename } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { entityLabels } from '../../../shared/i18n/entity-labels';
import {
  StatusSnapshotSchema,
  type StatusSnapshot,
} from '../../../shared/model/stored/status-snapshot';
import { selectStatusFigures } from '../repositories/plan-rows';
import type { PlanSession } from './plan-session';

export interface StoredFigures {
  id: string;
  figures: StatusSnapshot;
}

/**
 * The stored figures of marked statuses, in the order asked for: what a window's copy of the plan
 * leaves out (it holds their summaries) until a comparison needs them. Checked before they are
 * handed on, as a stored snapshot always is before it is compared.
 */
export function readStatusFigures(session: PlanSession, ids: readonly string[]): StoredFigures[] {
  const texts = session.read((db) => selectStatusFigures(db, ids));
  return ids.map((id) => {
    const text = texts.get(id);
    if (text === undefined) {
      throw new OmstilError(errors.entityNotFound(entityLabels.statusSnapshot, id));
    }
    const parsed = StatusSnapshotSchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') ?? '';
      throw new OmstilError(
        errors.corrupt(basename(session.path), `status_snapshot ${id} data ${where}`.trim()),
      );
    }
    return { id, figures: parsed.data };
  });
}
