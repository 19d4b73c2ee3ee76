import type { WindowDocument } from '../model/document';
import type { Workshop, WorkshopCard } from '../model/entities';
import type { Priority, WorkshopCardKind, WorkshopPromotedKind } from '../model/enums';
import type { WorkshopFormatId } from './formats';
import { rankCards } from './ranking';
import { whoHasVoted } from './voters';

// What the minutes of a workshop hold, worked out from the plan alone: the PDF and the text for
// pasting into minutes both write this, so they never disagree about what the room decided.

/** The document's parts a summary reads; a `PlanDocument` and a window's copy both have them. */
export type SummarySource = Pick<
  WindowDocument,
  | 'plan'
  | 'drivers'
  | 'competences'
  | 'activities'
  | 'workshops'
  | 'workshopCards'
  | 'workshopVotes'
>;

/** A card the room took into the plan, under the title its entry has now. */
export interface DecidedEntry {
  cardId: string;
  title: string;
}

export interface RankedRow {
  cardId: string;
  text: string;
  kind: WorkshopCardKind;
  stepId: string;
  dots: number;
  /** 1 for the most dots; equal totals share the rank (1, 2, 2, 4). */
  rank: number;
  tied: boolean;
  /** The priority the card's plan entry has now, when it became a driver or competence. */
  priority: Priority | null;
}

export interface ParkedCard {
  cardId: string;
  text: string;
  stepId: string;
}

export interface WorkshopSummary {
  workshop: Pick<Workshop, 'id' | 'title' | 'heldOn' | 'endedAt'> & { format: WorkshopFormatId };
  /** The plan's title, for the minutes' heading. */
  planTitle: string;
  decided: Record<WorkshopPromotedKind, DecidedEntry[]>;
  /**
   * The ranked cards, most dots first; null while the votes are hidden from the room (the minutes
   * must not show what the facilitator has not), empty when nobody voted.
   */
  ranking: RankedRow[] | null;
  parked: ParkedCard[];
  /** How many named participants gave dots; totals the facilitator entered for the room are no one's. */
  voters: number;
  /** Whether the facilitator entered totals for the room rather than (or beside) named votes. */
  roomTotals: boolean;
}

export const DECIDED_KINDS = [
  'driver',
  'competence',
  'principle',
  'activity',
] as const satisfies readonly WorkshopPromotedKind[];

/**
 * The workshop the minutes are of: the one named, or the latest one held — the latest `heldOn`,
 * and of two held the same day the one later in the plan's list (the later one created, unless
 * the committee reordered them). Null when the plan has no workshop or none with that id.
 */
export function chooseWorkshop(
  doc: Pick<SummarySource, 'workshops'>,
  id?: string,
): Workshop | null {
  if (id !== undefined) return doc.workshops.find((w) => w.id === id) ?? null;
  return doc.workshops.reduce<Workshop | null>(
    (latest, w) => (latest === null || w.heldOn >= latest.heldOn ? w : latest),
    null,
  );
}

/** The summary of `workshop`, which must be one of `doc`'s workshops. */
export function workshopSummary(doc: SummarySource, workshop: Workshop): WorkshopSummary {
  const cards = doc.workshopCards.filter((c) => c.workshopId === workshop.id);
  const votes = doc.workshopVotes.filter((v) => v.workshopId === workshop.id);
  const entries = {
    driver: new Map(doc.drivers.map((d) => [d.id, d])),
    competence: new Map(doc.competences.map((c) => [c.id, c])),
    activity: new Map(doc.activities.map((a) => [a.id, a])),
  };
  /** The plan entry a card became, while it is still in the plan. */
  const entryOf = (card: WorkshopCard) => {
    const kind = card.promotedKind;
    if (kind === null || kind === 'principle' || card.promotedId === null) return undefined;
    return entries[kind].get(card.promotedId);
  };

  const decided: Record<WorkshopPromotedKind, DecidedEntry[]> = {
    driver: [],
    competence: [],
    principle: [],
    activity: [],
  };
  for (const card of cards) {
    if (card.promotedKind === null) continue;
    // The entry's title as the committee has since worded it; the card's text once it is gone.
    const title = entryOf(card)?.title ?? card.text.trim();
    decided[card.promotedKind].push({ cardId: card.id, title });
  }

  // Only the steps the room voted in are ranked: a step's cards without a vote were not up for it.
  const votedSteps = new Set(
    votes.flatMap((v) => cards.find((c) => c.id === v.cardId)?.stepId ?? []),
  );
  // Hidden votes are not shown; with no votes there is nothing hidden to say so about.
  const ranking =
    !workshop.votesRevealed && votes.length > 0
      ? null
      : rankCards(
          cards.filter((c) => votedSteps.has(c.stepId)),
          votes,
        ).map(({ card, total, rank, tied }): RankedRow => {
          const entry = entryOf(card);
          return {
            cardId: card.id,
            text: card.text.trim(),
            kind: card.kind,
            stepId: card.stepId,
            dots: total,
            rank,
            tied,
            priority: entry && 'priority' in entry ? entry.priority : null,
          };
        });

  return {
    workshop: {
      id: workshop.id,
      title: workshop.title,
      format: workshop.format,
      heldOn: workshop.heldOn,
      endedAt: workshop.endedAt,
    },
    planTitle: doc.plan.title,
    decided,
    ranking,
    parked: cards
      .filter((c) => c.parked)
      .map((c) => ({ cardId: c.id, text: c.text.trim(), stepId: c.stepId })),
    voters: whoHasVoted(votes).length,
    roomTotals: votes.some((v) => v.participant === null),
  };
}
