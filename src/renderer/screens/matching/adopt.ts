import type { CompetenceKey, MethodKey } from '../../../shared/catalog';
import { catalogValues } from '../../components/catalog/catalog-values';
import { useAppStore } from '../../store';

/**
 * Puts a suggested method to use for a competence: the plan's own method when it has one,
 * otherwise a new one from the catalogue. Two edits, so undo takes back the link first and the
 * new method second — each a step the committee can recognise.
 */
export async function adoptMethod(
  competenceId: string,
  methodKey: MethodKey,
  methodId: string | null,
  /** Told the new method's id as soon as it exists, before the link is made. */
  onCreated?: (id: string) => void,
): Promise<string | null> {
  const { snapshot, createEntity, addLink } = useAppStore.getState();
  if (!snapshot) return null;
  const id =
    methodId ??
    (await createEntity({
      entity: 'method',
      values: catalogValues('method', methodKey, snapshot.document.plan.language),
    }));
  if (id === null) return null;
  if (methodId === null) onCreated?.(id);
  return (await addLink('competence-method', competenceId, id)) ? id : null;
}

/**
 * Puts a suggested competence on a driver's account: links the plan's competence when it has one,
 * otherwise creates it from the catalogue with the driver already set.
 */
export async function adoptCompetence(
  driverId: string,
  competenceKey: CompetenceKey,
  competenceId: string | null,
): Promise<string | null> {
  const { snapshot, createEntity, addLink } = useAppStore.getState();
  if (!snapshot) return null;
  if (competenceId !== null) {
    // A link rather than a rewritten driver list, so an edit made meanwhile is not overwritten.
    return (await addLink('competence-driver', competenceId, driverId)) ? competenceId : null;
  }
  return createEntity({
    entity: 'competence',
    values: {
      ...catalogValues('competence', competenceKey, snapshot.document.plan.language),
      driverIds: [driverId],
    },
  });
}
