import { useMemo } from 'react';
import type { AppError } from '../../../shared/errors';
import type { WorkshopCard } from '../../../shared/model/entities';
import type { WorkshopCardKind } from '../../../shared/model/enums';
import { useAppStore } from '../../store';

type CardPatch = Partial<Pick<WorkshopCard, 'kind' | 'text' | 'parked'>>;

export interface WorkshopCardActions {
  /** A new card in the step, as the room said it; its id, or null when refused. */
  add: (stepId: string, kind: WorkshopCardKind, text: string) => Promise<string | null>;
  change: (card: WorkshopCard, patch: CardPatch) => Promise<boolean>;
  remove: (card: WorkshopCard) => Promise<boolean>;
  /** Takes the card into the plan as what it is; the refusal, or null when it is in. */
  promote: (card: WorkshopCard) => Promise<AppError | null>;
}

/**
 * A workshop's cards written, changed and taken into the plan. Each is one ordinary edit through
 * the store, so Ctrl+Z takes it back like any other; taking a card into the plan makes the entry
 * and marks the card in one step, so one undo takes back both.
 */
export function useWorkshopCards(workshopId: string): WorkshopCardActions {
  const createEntity = useAppStore((s) => s.createEntity);
  const updateEntity = useAppStore((s) => s.updateEntity);
  const deleteEntity = useAppStore((s) => s.deleteEntity);
  return useMemo(
    () => ({
      add: (stepId, kind, text) =>
        createEntity({
          entity: 'workshopCard',
          values: { workshopId, stepId, kind, text: text.trim(), parked: false },
        }),
      change: (card, patch) => updateEntity({ entity: 'workshopCard', id: card.id, patch }),
      remove: (card) => deleteEntity('workshopCard', card.id, card.text),
      promote: async (card) => {
        // The store has no call for this compound edit; it is run as edit-slice runs its own.
        const { api, takeChange } = useAppStore.getState();
        useAppStore.setState({ saveState: 'saving' });
        const result = await api.promoteCard({ cardId: card.id });
        if (!result.ok) {
          useAppStore.setState({ saveState: 'failed' });
          return result.error;
        }
        useAppStore.setState({ saveState: 'saved' });
        await takeChange(result.value.change);
        return null;
      },
    }),
    [workshopId, createEntity, updateEntity, deleteEntity],
  );
}
