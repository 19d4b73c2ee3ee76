import { errors, OmstilError } from '../../../shared/errors';
import { entityLabels } from '../../../shared/i18n/entity-labels';
import type { LocalizedText } from '../../../shared/i18n/localized';
import type { Workshop, WorkshopCard, WorkshopVote } from '../../../shared/model/entities';
import type { WorkshopPromotedKind } from '../../../shared/model/enums';
import { workshopMessages } from '../../../shared/model/workshop-messages';
import { ballotWrites } from '../../../shared/workshop/ballot';
import { priorityOfRank, rankCards } from '../../../shared/workshop/ranking';
import type { Db } from '../db/connection';
import { fromColumns } from '../repositories/entity-mapper';
import { hasRow, selectRow, selectRows } from '../repositories/plan-rows';
import type { RowWriter } from '../repositories/row-writer';
import { ENTITY_TABLES } from '../repositories/tables';
import { changeEntity, insertEntity, loadEntity } from './entity-service';
import { changePlan, loadPlan } from './plan-service';
import type { PlanSession } from './plan-session';

// The compound edits that take a workshop's result into the plan: each is one undo step, so the
// committee can take back what the room decided with one press, and have it again with another.

type Card = WorkshopCard;

/** The title a plan entry takes from a card: the card's text, or its start when that is long. */
const TITLE_LENGTH = 300;

/** What a card was promoted to and where it is, for the screen to show it. */
export interface Promoted {
  kind: WorkshopPromotedKind;
  /** The new driver, competence or activity; null for a principle, a text in the plan's list. */
  id: string | null;
}

function readCard(db: Db, id: string): Card {
  return { id, ...loadEntity(db, 'workshopCard', id) } as Card;
}

function refuse(path: string, rule: string, message: LocalizedText): never {
  throw new OmstilError(errors.invalidInput([{ path, rule, message }]));
}

/** The card's text as a title that fits, and the whole text as the description when it did not. */
function titleOf(text: string): { title: string; description: string } {
  const whole = text.trim();
  if (whole.length <= TITLE_LENGTH) return { title: whole, description: '' };
  const cut = whole.slice(0, TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return { title: `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`, description: whole };
}

/**
 * What the card became, when that is still in the plan: the entry by its id, or a principle by
 * its text. A card whose entry the committee has since deleted may be taken into the plan again.
 */
function entryStillThere(writer: RowWriter, card: Card): LocalizedText | null {
  const kind = card.promotedKind;
  if (kind === null) return null;
  if (kind === 'principle') {
    const text = card.text.trim();
    return loadPlan(writer).principles.some((p) => p.trim() === text)
      ? { da: 'princip', en: 'a principle' }
      : null;
  }
  if (card.promotedId === null) return null;
  const row = selectRow(writer.db, ENTITY_TABLES[kind].table, { id: card.promotedId });
  if (!row) return null;
  const title = String(row['title'] ?? '');
  return {
    da: `${entityLabels[kind].da} »${title}«`,
    en: `${entityLabels[kind].en} “${title}”`,
  };
}

/** The kind of entry the card becomes: the one asked for, else the card's own. */
function targetOf(card: Card, as: WorkshopPromotedKind | undefined): WorkshopPromotedKind {
  if (as) return as;
  if (card.kind === 'idea') refuse('as', 'card-needs-kind', workshopMessages.cardNeedsKind);
  return card.kind;
}

/**
 * Makes the plan entry a card names (a driver, a competence, an activity idea or a principle)
 * and marks the card with it, as one undo step, described as the entry's creation. A team
 * workshop's competences and activities are for its team, so they are linked to its target
 * group. A card whose entry is still in the plan is refused (`already-promoted`).
 */
export function promoteCard(
  session: PlanSession,
  cardId: string,
  as?: WorkshopPromotedKind,
): Promoted {
  const target = targetOf(
    session.read((db) => readCard(db, cardId)),
    as,
  );
  const label = target === 'principle' ? 'update:plan' : `create:${target}`;
  return session.edit(label, (writer, now) => {
    const card = readCard(writer.db, cardId);
    const there = entryStillThere(writer, card);
    if (there) throw new OmstilError(errors.alreadyPromoted(card.text.trim(), there));
    const workshop = loadEntity(writer.db, 'workshop', card.workshopId) as Omit<Workshop, 'id'>;
    const team = workshop.targetGroupId === null ? [] : [workshop.targetGroupId];
    let id: string | null = null;
    if (target === 'principle') {
      const principles = loadPlan(writer).principles;
      changePlan(writer, { principles: [...principles, card.text.trim()] }, now);
    } else {
      id = session.env.newId();
      const text = titleOf(card.text);
      const values =
        target === 'driver'
          ? text
          : target === 'competence'
            ? { ...text, targetGroupIds: team }
            : { ...text, targetGroupIds: team, status: 'idea' };
      insertEntity(writer, target, id, values, now);
    }
    changeEntity(writer, 'workshopCard', cardId, { promotedKind: target, promotedId: id }, now);
    return { kind: target, id };
  });
}

/** The workshop's cards in their order, as the model sees them. */
function cardsOf(db: Db, workshopId: string): Card[] {
  return selectRows(db, ENTITY_TABLES.workshopCard.table, 'workshop_id', workshopId)
    .sort(
      (a, b) =>
        Number(a['position']) - Number(b['position']) ||
        String(a['id']).localeCompare(String(b['id'])),
    )
    .map((row) => fromColumns(ENTITY_TABLES.workshopCard, row) as Card);
}

/**
 * Writes the room's ranking into the plan as priorities, as one undo step: the workshop's
 * drivers and competences are each ranked by their dots (`rankCards`, without the parking lot),
 * and every one that has been taken into the plan gets the priority its rank gives
 * (`priorityOfRank`: ties the same). Refused while the votes are hidden, and when none of the
 * ranked cards is in the plan yet. A priority already right is left as it is.
 */
export function applyRankingToPriorities(session: PlanSession, workshopId: string): void {
  session.edit('apply-ranking:workshop', (writer, now) => {
    const workshop = loadEntity(writer.db, 'workshop', workshopId) as Omit<Workshop, 'id'>;
    if (!workshop.votesRevealed) refuse('workshopId', 'votes-hidden', workshopMessages.votesHidden);
    const cards = cardsOf(writer.db, workshopId);
    const votes = selectRows(
      writer.db,
      ENTITY_TABLES.workshopVote.table,
      'workshop_id',
      workshopId,
    ).map((row) => ({ cardId: String(row['card_id']), dots: Number(row['dots']) }));
    let written = 0;
    for (const kind of ['driver', 'competence'] as const) {
      const ranked = rankCards(
        cards.filter((c) => (c.promotedKind ?? c.kind) === kind),
        votes,
      );
      for (const r of ranked) {
        const entryId = r.card.promotedKind === kind ? r.card.promotedId : null;
        if (entryId === null || !hasRow(writer.db, ENTITY_TABLES[kind].table, entryId)) continue;
        changeEntity(writer, kind, entryId, { priority: priorityOfRank(r, ranked.length) }, now);
        written += 1;
      }
    }
    if (written === 0) refuse('workshopId', 'nothing-promoted', workshopMessages.nothingPromoted);
    // The step names the workshop it came from, so undo can say so.
    if (writer.changes.length > 0)
      writer.touch(ENTITY_TABLES.workshop.table, { id: workshopId }, now);
  });
}

/** One participant's dots on the cards of a workshop's vote. */
export interface Ballot {
  workshopId: string;
  participant: string;
  dots: readonly { cardId: string; dots: number }[];
}

/**
 * Makes a participant's votes in a workshop the dots the ballot gives each card, in place of any
 * they gave before, as one undo step: a ballot entered wrong is taken back with one press, not a
 * card at a time. A card left out or given 0 loses the participant's dots. Each vote is checked
 * as a single one is (a card of its own workshop, within the allowance), lowered and removed
 * ones first, so old and new dots are never counted together.
 */
export function saveBallot(session: PlanSession, ballot: Ballot): void {
  const { workshopId, participant } = ballot;
  session.edit('update:workshopVote', (writer, now) => {
    loadEntity(writer.db, 'workshop', workshopId);
    const votes = selectRows(
      writer.db,
      ENTITY_TABLES.workshopVote.table,
      'workshop_id',
      workshopId,
    ).map((row) => fromColumns(ENTITY_TABLES.workshopVote, row) as WorkshopVote);
    const dots = new Map(ballot.dots.map((d) => [d.cardId, d.dots]));
    for (const write of ballotWrites(votes, participant, dots)) {
      if (write.kind === 'create') {
        const values = { workshopId, cardId: write.cardId, participant, dots: write.dots };
        insertEntity(writer, 'workshopVote', session.env.newId(), values, now);
      } else if (write.kind === 'update') {
        changeEntity(writer, 'workshopVote', write.voteId, { dots: write.dots }, now);
      } else {
        writer.delete(ENTITY_TABLES.workshopVote.table, { id: write.voteId });
      }
    }
  });
}
