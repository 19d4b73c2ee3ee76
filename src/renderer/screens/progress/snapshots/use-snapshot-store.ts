import { useMemo } from 'react';
import type { PlanDocument } from '../../../../shared/model/document';
import { useAppStore } from '../../../store';
import { byDate, type SnapshotStore } from './snapshot-store';

/** The open plan's marked statuses, stored with createEntity/deleteEntity like every other row. */
export function usePlanSnapshotStore(doc: PlanDocument): SnapshotStore {
  const createEntity = useAppStore((s) => s.createEntity);
  const deleteEntity = useAppStore((s) => s.deleteEntity);
  return useMemo(
    () => ({
      list: byDate(doc.statusSnapshots),
      add: async (data, note) =>
        (await createEntity({
          entity: 'statusSnapshot',
          values: { date: data.date, note, data },
        })) !== null,
      remove: (status, title) => deleteEntity('statusSnapshot', status.id, title),
    }),
    [doc.statusSnapshots, createEntity, deleteEntity],
  );
}
