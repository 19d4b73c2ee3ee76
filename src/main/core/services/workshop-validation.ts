import { errors, OmstilError } from '../../../shared/errors';
import type { LocalizedText } from '../../../shared/i18n/localized';
import type { EntityKind } from '../../../shared/model/enums';
import { workshopMessages } from '../../../shared/model/workshop-messages';
import { sameParticipant } from '../../../shared/workshop/voters';
import type { Db } from '../db/connection';
import { selectRow, selectRows } from '../repositories/plan-rows';
import { ENTITY_TABLES } from '../repositories/tables';

type Values = Record<string, unknown>;

function refuse(path: string, rule: string, message: LocalizedText): never {
  throw new OmstilError(errors.invalidInput([{ path, rule, message }]));
}

/**
 * The rules of a workshop's rows that need the other rows: a card stays in its workshop, and a
 * vote is on a card of its own workshop, within the dots each participant has. Only a write is
 * checked, not the file: two copies merged may each hold votes within the allowance that
 * together exceed it, and the plan must still open so the committee can put that right.
 * `before` is the row as it was, for an update; null for a new row.
 */
export function checkWorkshopRow(
  db: Db,
  kind: EntityKind,
  id: string,
  values: Values,
  before: Values | null,
): void {
  if (kind === 'workshopCard' && before && before['workshopId'] !== values['workshopId']) {
    refuse('workshopId', 'card-workshop-fixed', workshopMessages.cardMoved);
  }
  if (kind === 'workshopVote') checkVote(db, id, values);
}

function checkVote(db: Db, id: string, vote: Values): void {
  const workshopId = String(vote['workshopId']);
  const card = selectRow(db, ENTITY_TABLES.workshopCard.table, { id: String(vote['cardId']) });
  if (card && card['workshop_id'] !== workshopId) {
    refuse('cardId', 'vote-other-workshop', workshopMessages.voteOtherWorkshop);
  }
  const participant = vote['participant'];
  // The facilitator's total for a card counts the whole room, so no one's allowance bounds it.
  if (typeof participant !== 'string') return;
  const workshop = selectRow(db, ENTITY_TABLES.workshop.table, { id: workshopId });
  const allowance = Number(workshop?.['dots_per_participant'] ?? 0);
  const given = Number(vote['dots']);
  if (given > allowance) {
    refuse('dots', 'vote-over-allowance', workshopMessages.voteOverAllowance(allowance));
  }
  const theirs = selectRows(db, ENTITY_TABLES.workshopVote.table, 'workshop_id', workshopId).filter(
    (v) =>
      v['id'] !== id &&
      typeof v['participant'] === 'string' &&
      sameParticipant(v['participant'], participant),
  );
  // Named as the room first wrote the name, however it was typed this time.
  const name = String(theirs[0]?.['participant'] ?? participant).trim();
  if (theirs.some((v) => v['card_id'] === vote['cardId'])) {
    refuse('participant', 'vote-twice', workshopMessages.voteTwice(name));
  }
  const used = theirs.reduce((sum, v) => sum + Number(v['dots']), 0);
  if (used + given > allowance) {
    refuse('dots', 'vote-spent', workshopMessages.voteSpent(name, used, allowance));
  }
}
