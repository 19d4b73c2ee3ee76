import { collectionOf } from '../../../shared/model/collections';
import type { WindowDocument } from '../../../shared/model/document';
import type { WorkshopCard } from '../../../shared/model/entities';
import type { WorkshopCardKind, WorkshopPromotedKind } from '../../../shared/model/enums';
import type { WorkshopStepPart } from '../../../shared/workshop/formats';

/**
 * The steps where the room writes ideas, and what an idea written there most likely is. A method
 * is no entry a card can become (the plan's methods are its catalogue of ways to learn), so an
 * idea in the methods step stays an idea until the facilitator says what it should be.
 */
const SUGGESTED_KIND = {
  drivers: 'driver',
  competences: 'competence',
  methods: 'idea',
  principles: 'principle',
  activities: 'activity',
} as const satisfies Partial<Record<WorkshopStepPart, WorkshopCardKind>>;

export type CapturePart = keyof typeof SUGGESTED_KIND;

export function isCapturePart(part: WorkshopStepPart): part is CapturePart {
  return part in SUGGESTED_KIND;
}

export function suggestedKind(part: CapturePart): WorkshopCardKind {
  return SUGGESTED_KIND[part];
}

/**
 * What the card became, while that is still in the plan: the core refuses to take it in twice
 * then, and lets it in again once the committee has deleted the entry (see promoteCard).
 */
export function promotedKindOf(
  doc: WindowDocument,
  card: WorkshopCard,
): WorkshopPromotedKind | null {
  const kind = card.promotedKind;
  if (kind === null) return null;
  if (kind === 'principle') {
    const text = card.text.trim();
    return doc.plan.principles.some((p) => p.trim() === text) ? kind : null;
  }
  const entries: readonly { id: string }[] = doc[collectionOf[kind]];
  return entries.some((e) => e.id === card.promotedId) ? kind : null;
}

/** The kind a card is taken into the plan as; an idea must first be told which. */
export function promotableKind(card: WorkshopCard): WorkshopPromotedKind | null {
  return card.kind === 'idea' ? null : card.kind;
}
