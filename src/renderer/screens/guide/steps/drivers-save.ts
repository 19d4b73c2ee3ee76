import type { Language } from '../../../../shared/model/enums';
import { catalogValues } from '../../../components/catalog/catalog-values';
import { useAppStore } from '../../../store';
import { createTracked, deleteTracked, runInOrder } from '../guide-writes';
import type { DriverOption, DriverSelection } from './drivers-model';

/**
 * Makes the plan's drivers match the ticks: a ticked catalogue entry becomes a driver with the
 * catalogue's text in the plan's language, an unticked one the guide made is deleted, and a changed
 * priority is saved. Rows the guide did not make are never touched.
 */
export function saveDrivers(
  planId: string,
  options: readonly DriverOption[],
  selection: DriverSelection,
  planLanguage: Language,
): Promise<boolean> {
  const edits: (() => Promise<boolean>)[] = [];
  for (const option of options) {
    if (option.locked) continue;
    const priority = selection[option.key] ?? null;
    const { row } = option;
    if (row && priority === null) {
      edits.push(() => deleteTracked(planId, 'driver', row.id, row.title));
    } else if (row && priority !== null && priority !== row.priority) {
      edits.push(() =>
        useAppStore.getState().updateEntity({ entity: 'driver', id: row.id, patch: { priority } }),
      );
    } else if (!row && priority !== null) {
      const values = option.catalogKey
        ? catalogValues('driver', option.catalogKey, planLanguage)
        : { catalogKey: null, title: option.customTitle ?? '', description: '' };
      edits.push(async () => {
        const id = await createTracked(planId, {
          entity: 'driver',
          values: { ...values, priority },
        });
        return id !== null;
      });
    }
  }
  return runInOrder(edits);
}
