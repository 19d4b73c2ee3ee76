import type { ApiClient, PlanChange } from '../../../shared/api';
import type { AppError } from '../../../shared/errors';
import type { WindowDocument } from '../../../shared/model/document';
import type { Workshop } from '../../../shared/model/entities';
import type { Result } from '../../../shared/result';
import { useAppStore } from '../../store';
import { totalVoteOf, workshopVotes, type GridPlace } from './prioritising';

/**
 * One workshop edit, run as the store's `edit` runs one (the save indicator, then the answer's
 * changes into the plan), except that a refusal comes back to the caller: the page's alert lies
 * under workshop mode, so the room would never see it there.
 */
async function runEdit<T>(
  call: (api: ApiClient) => Promise<Result<T>>,
  changeOf: (value: T) => PlanChange,
): Promise<AppError | null> {
  const { api, takeChange } = useAppStore.getState();
  useAppStore.setState({ saveState: 'saving' });
  const result = await call(api);
  if (!result.ok) {
    useAppStore.setState({ saveState: 'failed' });
    return result.error;
  }
  useAppStore.setState({ saveState: 'saved' });
  await takeChange(changeOf(result.value));
  return null;
}

const same = (change: PlanChange) => change;

/** Edits one after another, stopping at the first refusal, which is returned. */
async function runAll(edits: (() => Promise<AppError | null>)[]): Promise<AppError | null> {
  for (const edit of edits) {
    const refused = await edit();
    if (refused) return refused;
  }
  return null;
}

export interface VoteActions {
  /**
   * Makes the participant's votes the dots given per card, in place of any they gave before, as
   * one undo step (the contract's call).
   */
  saveBallot: (participant: string, dots: ReadonlyMap<string, number>) => Promise<AppError | null>;
  /** Sets the facilitator's total on each card given; 0 takes a total away. */
  saveTotals: (totals: ReadonlyMap<string, number>) => Promise<AppError | null>;
  setRevealed: (revealed: boolean) => Promise<AppError | null>;
  setDotsPerParticipant: (dots: number) => Promise<AppError | null>;
  /** The ranking into the plan's priorities, one undo step (the contract's call). */
  applyRanking: () => Promise<AppError | null>;
  /** The plan's undo, for the step just taken: the editor's Ctrl+Z is not heard in a workshop. */
  undo: () => Promise<boolean>;
  placeCard: (cardId: string, place: GridPlace) => Promise<AppError | null>;
}

/** What the room's prioritising writes, each an ordinary undoable edit of the plan. */
export function voteActions(doc: WindowDocument, workshop: Workshop): VoteActions {
  const updateWorkshop = (patch: Partial<Workshop>) =>
    runEdit((api) => api.updateEntity({ entity: 'workshop', id: workshop.id, patch }), same);
  const createVote = (cardId: string, participant: string | null, dots: number) =>
    runEdit(
      (api) =>
        api.createEntity({
          entity: 'workshopVote',
          values: { workshopId: workshop.id, cardId, participant, dots },
        }),
      (v) => v.change,
    );
  const updateVote = (id: string, dots: number) =>
    runEdit((api) => api.updateEntity({ entity: 'workshopVote', id, patch: { dots } }), same);
  const deleteVote = (id: string) =>
    runEdit((api) => api.deleteEntity({ entity: 'workshopVote', id }), same);
  const votes = workshopVotes(doc, workshop);

  return {
    saveBallot: (participant, dots) =>
      runEdit(
        (api) =>
          api.saveBallot({
            workshopId: workshop.id,
            participant,
            dots: [...dots].map(([cardId, n]) => ({ cardId, dots: n })),
          }),
        same,
      ),
    saveTotals: (totals) =>
      runAll(
        [...totals].map(([cardId, dots]) => () => {
          const old = totalVoteOf(votes, cardId);
          if (!old) return dots > 0 ? createVote(cardId, null, dots) : Promise.resolve(null);
          if (dots === 0) return deleteVote(old.id);
          return old.dots === dots ? Promise.resolve(null) : updateVote(old.id, dots);
        }),
      ),
    setRevealed: (votesRevealed) => updateWorkshop({ votesRevealed }),
    setDotsPerParticipant: (dotsPerParticipant) => updateWorkshop({ dotsPerParticipant }),
    applyRanking: () =>
      runEdit((api) => api.applyRankingToPriorities({ workshopId: workshop.id }), same),
    undo: () => useAppStore.getState().undo(),
    placeCard: (cardId, place) =>
      runEdit(
        (api) => api.updateEntity({ entity: 'workshopCard', id: cardId, patch: place }),
        same,
      ),
  };
}

/** Whether the plan's newest undo step is this workshop's ranking, so »Fortryd« takes it back. */
export function useRankingUndoable(workshop: Pick<Workshop, 'id'>): boolean {
  return useAppStore((s) => {
    const step = s.snapshot?.history.undoStep;
    return step?.action === 'apply-ranking' && step.id === workshop.id;
  });
}
