import { useMemo } from 'react';
import type { ApiClient } from '../../../../shared/api';
import type { WindowDocument } from '../../../../shared/model/document';
import { useAppStore } from '../../../store';
import { byDate, type SnapshotStore } from './snapshot-store';

/**
 * The open plan's marked statuses, stored with createEntity/deleteEntity like every other row; their
 * figures are read with statusFigures, as the window's copy of the plan holds only their summaries.
 */
export function usePlanSnapshotStore(doc: WindowDocument): SnapshotStore {
  const createEntity = useAppStore((s) => s.createEntity);
  const deleteEntity = useAppStore((s) => s.deleteEntity);
  const api = useAppStore((s) => s.api);
  return useMemo(
    () => ({
      list: byDate(doc.statusSnapshots),
      add: async (data, note) =>
        (await createEntity({
          entity: 'statusSnapshot',
          values: { date: data.date, note, data },
        })) !== null,
      remove: (status, title) => deleteEntity('statusSnapshot', status.id, title),
      figures: loaderFor(api),
    }),
    [doc.statusSnapshots, createEntity, deleteEntity, api],
  );
}

const loaders = new WeakMap<ApiClient, SnapshotStore['figures']>();

/** One loader per client: useStatusFigures keeps what a loader fetched, by status and its version. */
function loaderFor(api: ApiClient): SnapshotStore['figures'] {
  let load = loaders.get(api);
  if (!load) {
    load = async (ids) => {
      const result = await api.statusFigures({ ids: [...ids] });
      return result.ok ? { ok: true, value: result.value.map((f) => f.figures) } : result;
    };
    loaders.set(api, load);
  }
  return load;
}
