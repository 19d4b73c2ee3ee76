import type { WorkshopVote } from '../model/entities';
import { sameParticipant } from './voters';

/** The writes that make a participant's stored votes what the ballot says, in a safe order. */
export type BallotWrite =
  | { kind: 'create'; cardId: string; dots: number }
  | { kind: 'update'; voteId: string; dots: number }
  | { kind: 'delete'; voteId: string };

/**
 * A participant's ballot as writes: the dots on each card replace what they gave before. Lowered
 * and removed votes go first, so the core's check of the allowance never counts old and new dots
 * together.
 */
export function ballotWrites(
  votes: readonly Pick<WorkshopVote, 'id' | 'cardId' | 'participant' | 'dots'>[],
  participant: string,
  dots: ReadonlyMap<string, number>,
): BallotWrite[] {
  const theirs = new Map(
    votes
      .filter((v) => v.participant !== null && sameParticipant(v.participant, participant))
      .map((v) => [v.cardId, v]),
  );
  const first: BallotWrite[] = [];
  const then: BallotWrite[] = [];
  for (const [cardId, old] of theirs) {
    const given = dots.get(cardId) ?? 0;
    if (given === 0) first.push({ kind: 'delete', voteId: old.id });
    else if (given < old.dots) first.push({ kind: 'update', voteId: old.id, dots: given });
    else if (given > old.dots) then.push({ kind: 'update', voteId: old.id, dots: given });
  }
  for (const [cardId, given] of dots) {
    if (given > 0 && !theirs.has(cardId)) then.push({ kind: 'create', cardId, dots: given });
  }
  return [...first, ...then];
}
