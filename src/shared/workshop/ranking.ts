import type { Workshop, WorkshopCard, WorkshopVote } from '../model/entities';
import type { Priority } from '../model/enums';

export interface RankedCard<C> {
  card: C;
  /** The dots the card got, from participants and the facilitator's totals alike. */
  total: number;
  /** 1 for the most dots; cards with equal totals share a rank, and the next rank is skipped. */
  rank: number;
  /** Whether another card has the same total, so the room sees the tie rather than an order. */
  tied: boolean;
}

type RankableCard = Pick<WorkshopCard, 'id' | 'parked'>;
type CountedVote = Pick<WorkshopVote, 'cardId' | 'dots'>;

/**
 * The cards ranked by their dots, most first; equal totals keep the cards' own order and share a
 * rank (1, 2, 2, 4), marked as ties. Cards in the parking lot are not ranked, and a vote counts
 * only on a card in `cards`, so a vote on a card of another step or workshop is not counted.
 */
export function rankCards<C extends RankableCard>(
  cards: readonly C[],
  votes: readonly CountedVote[],
): RankedCard<C>[] {
  const ranked = cards.filter((c) => !c.parked);
  const totals = new Map(ranked.map((c) => [c.id, 0]));
  for (const { cardId, dots } of votes) {
    const total = totals.get(cardId);
    if (total !== undefined) totals.set(cardId, total + dots);
  }
  const count = new Map<number, number>();
  for (const total of totals.values()) count.set(total, (count.get(total) ?? 0) + 1);
  const byTotal = ranked
    .map((card, order) => ({ card, order, total: totals.get(card.id)! }))
    .sort((a, b) => b.total - a.total || a.order - b.order);
  return byTotal.map(({ card, total }) => ({
    card,
    total,
    rank: 1 + byTotal.filter((other) => other.total > total).length,
    tied: count.get(total)! > 1,
  }));
}

/**
 * The ranking the room may see: none while the votes are hidden, else the workshop's own cards
 * (of one step, or of the steps the caller chose) by the workshop's own votes.
 */
export function revealedRanking<C extends RankableCard & Pick<WorkshopCard, 'workshopId'>>(
  workshop: Pick<Workshop, 'id' | 'votesRevealed'>,
  cards: readonly C[],
  votes: readonly (CountedVote & Pick<WorkshopVote, 'workshopId'>)[],
): RankedCard<C>[] | null {
  if (!workshop.votesRevealed) return null;
  return rankCards(
    cards.filter((c) => c.workshopId === workshop.id),
    votes.filter((v) => v.workshopId === workshop.id),
  );
}

/**
 * The plan's priority for a rank among `count` ranked cards: the top third high, the middle
 * third medium, the rest low; cards that share a rank share the priority, and a card without
 * dots is low whatever its rank.
 */
export function priorityOfRank(
  ranked: Pick<RankedCard<unknown>, 'rank' | 'total'>,
  count: number,
): Priority {
  if (ranked.total === 0) return 3;
  if (ranked.rank <= Math.ceil(count / 3)) return 1;
  if (ranked.rank <= Math.ceil((2 * count) / 3)) return 2;
  return 3;
}
