import type { WindowDocument } from '../../../shared/model/document';
import type { Workshop, WorkshopCard, WorkshopVote } from '../../../shared/model/entities';
import type { WorkshopGridLevel } from '../../../shared/model/enums';
import type { WorkshopStep } from '../../../shared/workshop/formats';

/**
 * Where a workshop prioritises. The SU votes in its »Prioritering« step; the team (GRUS) votes on
 * its competence needs, as the kit's group plan starts from what the team most needs to learn.
 * The vote ranks drivers and competences because those are what the ranking writes into the
 * plan's priorities (`applyRankingToPriorities`); the team weighs its activities on the 2×2 grid.
 */
const VOTE_STEPS: readonly string[] = ['su-priorities', 'team-competences'];
const GRID_STEPS: readonly string[] = ['su-priorities', 'team-activities'];

export const votesIn = (step: Pick<WorkshopStep, 'id'>): boolean => VOTE_STEPS.includes(step.id);
export const gridIn = (step: Pick<WorkshopStep, 'id'>): boolean => GRID_STEPS.includes(step.id);

/** The kinds the ranking writes, in the order the room met them. */
export const RANKED_KINDS = ['driver', 'competence'] as const;
export type RankedKind = (typeof RANKED_KINDS)[number];

/** What a card counts as: what it became in the plan, else what it was written as. */
export const kindOf = (card: Pick<WorkshopCard, 'kind' | 'promotedKind'>) =>
  card.promotedKind ?? card.kind;

const workshopCards = (doc: WindowDocument, workshop: Pick<Workshop, 'id'>) =>
  doc.workshopCards.filter((c) => c.workshopId === workshop.id && !c.parked);

/** The cards the room votes on: the workshop's drivers and competences, as the ranking counts them. */
export function voteCards(doc: WindowDocument, workshop: Pick<Workshop, 'id'>): WorkshopCard[] {
  return workshopCards(doc, workshop).filter((c) =>
    (RANKED_KINDS as readonly string[]).includes(kindOf(c)),
  );
}

/** The cards a step places on the 2×2 grid: the ones voted on, or the team's activities. */
export function gridCards(
  doc: WindowDocument,
  workshop: Pick<Workshop, 'id'>,
  step: Pick<WorkshopStep, 'id'>,
): WorkshopCard[] {
  if (votesIn(step)) return voteCards(doc, workshop);
  return workshopCards(doc, workshop).filter(
    (c) => kindOf(c) === 'activity' || c.stepId === step.id,
  );
}

export const workshopVotes = (doc: WindowDocument, workshop: Pick<Workshop, 'id'>) =>
  doc.workshopVotes.filter((v) => v.workshopId === workshop.id);

/** Whether the card became a plan entry that is still there, so the ranking reaches it. */
export function inPlan(doc: WindowDocument, card: WorkshopCard): boolean {
  if (card.promotedId === null) return false;
  if (card.promotedKind === 'driver') return doc.drivers.some((d) => d.id === card.promotedId);
  if (card.promotedKind === 'competence')
    return doc.competences.some((c) => c.id === card.promotedId);
  return false;
}

/** The facilitator's total on a card: the one vote without a participant. */
export const totalVoteOf = (
  votes: readonly Pick<WorkshopVote, 'id' | 'cardId' | 'participant' | 'dots'>[],
  cardId: string,
) => votes.find((v) => v.cardId === cardId && v.participant === null);

/** A card's place on the grid, or null while it lies in the tray. */
export type Quadrant = { impact: WorkshopGridLevel; effort: WorkshopGridLevel };

export const QUADRANTS: readonly Quadrant[] = [
  { impact: 'high', effort: 'low' },
  { impact: 'high', effort: 'high' },
  { impact: 'low', effort: 'low' },
  { impact: 'low', effort: 'high' },
];

export const quadrantKey = (q: Quadrant) => `${q.impact}-${q.effort}` as const;

export function quadrantOf(card: Pick<WorkshopCard, 'impact' | 'effort'>): Quadrant | null {
  return card.impact !== null && card.effort !== null
    ? { impact: card.impact, effort: card.effort }
    : null;
}

export type GridPlace = Pick<WorkshopCard, 'impact' | 'effort'>;

/**
 * Where an arrow key takes a card: up and down choose its effect, left and right its effort, as
 * the grid is drawn (effect rising upwards, effort to the right). A card in the tray takes one
 * axis per key, so two keys place it; Delete takes it back to the tray.
 */
export function placeByKey(card: GridPlace, key: string): GridPlace | null {
  const { impact, effort } = card;
  switch (key) {
    case 'ArrowUp':
      return { impact: 'high', effort };
    case 'ArrowDown':
      return { impact: 'low', effort };
    case 'ArrowLeft':
      return { impact, effort: 'low' };
    case 'ArrowRight':
      return { impact, effort: 'high' };
    case 'Delete':
    case 'Backspace':
      return { impact: null, effort: null };
  }
  return null;
}
