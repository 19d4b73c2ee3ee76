import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEntity,
  deleteEntity,
  updateEntity,
} from '../../../src/main/core/services/entity-service';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import {
  applyRankingToPriorities,
  promoteCard,
  saveBallot,
} from '../../../src/main/core/services/workshop-service';
import type { WorkshopCardKind } from '../../../src/shared/model/enums';
import { catchAppError } from '../../helpers/errors';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

describe('a workshop in the plan file', () => {
  const tempDir = useTempDir();

  function open() {
    const env = fixedEnvironment();
    const path = join(tempDir(), `plan-${Math.random().toString(36).slice(2)}.omstil`);
    const session = PlanSession.create(path, emptyPlanDocument('Plan', 'da', env), env);
    const workshopId = createEntity(session, {
      entity: 'workshop',
      values: { format: 'su', title: 'SU-workshop', heldOn: '2026-11-27', votesRevealed: true },
    });
    const card = (text: string, kind: WorkshopCardKind = 'competence') =>
      createEntity(session, {
        entity: 'workshopCard',
        values: { workshopId, stepId: 'su-competences', kind, text },
      });
    const vote = (cardId: string, dots: number, participant: string | null = null) =>
      createEntity(session, {
        entity: 'workshopVote',
        values: { workshopId, cardId, participant, dots },
      });
    return { env, path, session, workshopId, card, vote };
  }

  it('continues where it stopped: the timer, step and votes are there after the plan is reopened', () => {
    const { env, path, session, workshopId, card, vote } = open();
    updateEntity(session, {
      entity: 'workshop',
      id: workshopId,
      patch: {
        currentStepId: 'su-competences',
        timerStepId: 'su-competences',
        timerSeconds: 2100,
        timerRunningSince: '2026-11-27T09:30:00.000Z',
        timerElapsedSeconds: 61.5,
      },
    });
    const c = card('Data i opgaveløsningen');
    vote(c, 2, 'Anne');
    const before = session.document();
    session.close();
    const again = PlanSession.open(path, env);
    expect(again.document()).toEqual(before);
    expect(before.workshops[0]).toMatchObject({
      votesRevealed: true,
      timerElapsedSeconds: 61.5,
      timerRunningSince: '2026-11-27T09:30:00.000Z',
    });
    expect(before.workshopCards[0]).toMatchObject({ parked: false, impact: null });
    again.close();
  });

  it('holds each participant to their dots, one vote a card, on cards of the same workshop', () => {
    const { session, workshopId, card, vote } = open();
    const [a, b, c] = [card('A'), card('B'), card('C')];
    expect(catchAppError(() => vote(a, 4, 'Anne')).issues?.[0]?.rule).toBe('vote-over-allowance');
    vote(a, 2, 'Anne');
    expect(catchAppError(() => vote(a, 1, ' anne ')).issues?.[0]?.rule).toBe('vote-twice');
    const spent = catchAppError(() => vote(b, 2, 'ANNE'));
    expect(spent.issues?.[0]?.rule).toBe('vote-spent');
    expect(spent.message.da).toContain('Anne har allerede givet 2 prikker af sine 3');
    vote(b, 1, 'Anne');
    // The facilitator's total for the room is bound by no one's allowance.
    vote(c, 14);
    const other = createEntity(session, {
      entity: 'workshop',
      values: { format: 'team', title: 'GRUS', heldOn: '2026-11-28' },
    });
    const wrong = catchAppError(() =>
      createEntity(session, {
        entity: 'workshopVote',
        values: { workshopId: other, cardId: c, participant: 'Bo', dots: 1 },
      }),
    );
    expect(wrong.issues?.[0]?.rule).toBe('vote-other-workshop');
    const moved = catchAppError(() =>
      updateEntity(session, { entity: 'workshopCard', id: a, patch: { workshopId: other } }),
    );
    expect(moved.issues?.[0]?.rule).toBe('card-workshop-fixed');
    expect(session.document().workshopVotes).toHaveLength(3);
    // Deleting the workshop takes its cards and votes with it, as one undo step.
    const whole = session.document();
    deleteEntity(session, 'workshop', workshopId);
    const gone = session.document();
    expect([gone.workshopCards.length, gone.workshopVotes.length]).toEqual([0, 0]);
    session.undo();
    expect(session.document()).toEqual(whole);
  });

  it('saves a participant’s ballot as one undo step, in place of the one before, or not at all', () => {
    const { session, workshopId, card, vote } = open();
    const [a, b, c] = [card('A'), card('B'), card('C')];
    vote(a, 2, 'Anne');
    vote(b, 1, 'Bo');
    const before = session.document();
    const dotsOf = (doc: typeof before) =>
      doc.workshopVotes.map((v) => [v.participant, v.cardId, v.dots]);
    // Anne moves her dots, as »anne« this time: one off A, two onto C, three in all.
    saveBallot(session, {
      workshopId,
      participant: 'anne',
      dots: [
        { cardId: a, dots: 1 },
        { cardId: c, dots: 2 },
      ],
    });
    expect(dotsOf(session.document())).toEqual([
      ['Anne', a, 1],
      ['Bo', b, 1],
      ['anne', c, 2],
    ]);
    expect(session.history().undoStep).toMatchObject({ action: 'update', entity: 'workshopVote' });
    session.undo();
    expect(session.document()).toEqual(before);
    // Over the allowance on the last card: refused whole, nothing of it written.
    const over = catchAppError(() =>
      saveBallot(session, {
        workshopId,
        participant: 'Bo',
        dots: [
          { cardId: b, dots: 2 },
          { cardId: c, dots: 2 },
        ],
      }),
    );
    expect(over.issues?.[0]?.rule).toBe('vote-spent');
    expect(session.document()).toEqual(before);
  });

  it('promotes a card as one undoable step, and refuses to promote it twice', () => {
    const { session, workshopId, card } = open();
    const team = createEntity(session, { entity: 'targetGroup', values: { name: 'Team Syd' } });
    updateEntity(session, { entity: 'workshop', id: workshopId, patch: { targetGroupId: team } });
    const c = card('Brug af data i sagsbehandlingen');
    const before = session.document();
    const promoted = promoteCard(session, c);
    expect(promoted.kind).toBe('competence');
    const after = session.document();
    expect(after.competences).toEqual([
      expect.objectContaining({
        id: promoted.id,
        title: 'Brug af data i sagsbehandlingen',
        targetGroupIds: [team],
      }),
    ]);
    expect(after.workshopCards[0]).toMatchObject({
      promotedKind: 'competence',
      promotedId: promoted.id,
    });
    expect(session.history().undoStep).toMatchObject({
      action: 'create',
      entity: 'competence',
      title: 'Brug af data i sagsbehandlingen',
    });
    const twice = catchAppError(() => promoteCard(session, c));
    expect(twice.code).toBe('already-promoted');
    expect(twice.message.da).toContain('kompetence »Brug af data i sagsbehandlingen«');
    session.undo();
    expect(session.document()).toEqual(before);
    session.redo();
    expect(session.document()).toEqual(after);

    const idea = card('Sparring på tværs af teams', 'idea');
    expect(catchAppError(() => promoteCard(session, idea)).issues?.[0]?.rule).toBe(
      'card-needs-kind',
    );
    promoteCard(session, idea, 'principle');
    expect(session.document().plan.principles).toEqual(['Sparring på tværs af teams']);
    expect(catchAppError(() => promoteCard(session, idea, 'principle')).code).toBe(
      'already-promoted',
    );
  });

  it('writes the ranking into the priorities as one step, ties alike, and undoes it exactly', () => {
    const { session, workshopId, card, vote } = open();
    const cards = ['A', 'B', 'C', 'D', 'E', 'F'].map((t) => card(t));
    const driverCard = card('Nye it-systemer', 'driver');
    // A: 5, B and C tie on 3, D: 2, E: 1, F: no dots.
    [5, 3, 3, 2, 1].forEach((dots, i) => vote(cards[i]!, dots));
    vote(driverCard, 4);
    updateEntity(session, { entity: 'workshop', id: workshopId, patch: { votesRevealed: false } });
    expect(
      catchAppError(() => applyRankingToPriorities(session, workshopId)).issues?.[0]?.rule,
    ).toBe('votes-hidden');
    updateEntity(session, { entity: 'workshop', id: workshopId, patch: { votesRevealed: true } });
    expect(
      catchAppError(() => applyRankingToPriorities(session, workshopId)).issues?.[0]?.rule,
    ).toBe('nothing-promoted');
    const ids = [...cards, driverCard].map((c) => promoteCard(session, c).id!);
    const before = session.document();
    expect(before.competences.map((c) => c.priority)).toEqual([2, 2, 2, 2, 2, 2]);
    applyRankingToPriorities(session, workshopId);
    const after = session.document();
    const priorityOf = (id: string) =>
      [...after.competences, ...after.drivers].find((e) => e.id === id)?.priority;
    // Six ranked: ranks 1, 2, 2, 4, 5, 6; the top third (ranks up to 2) is high, the tie included.
    expect(ids.map(priorityOf)).toEqual([1, 1, 1, 2, 3, 3, 1]);
    expect(session.history().undoStep).toMatchObject({
      action: 'apply-ranking',
      entity: 'workshop',
      id: workshopId,
      title: 'SU-workshop',
    });
    session.undo();
    expect(session.document()).toEqual(before);
    session.redo();
    expect(session.document()).toEqual(after);
  });
});
