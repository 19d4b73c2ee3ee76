import { describe, expect, it } from 'vitest';
import { parseInterchange, toInterchange } from '../../../src/shared/interchange';
import type { PlanDocument } from '../../../src/shared/model/document';
import { planDoc } from '../progress/plan-builder';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const at = '2026-11-27T09:00:00.000Z';

function withWorkshop(): PlanDocument {
  return planDoc({
    targetGroups: [{ id: id(1), name: 'Team Syd', headcount: 8, description: '', updatedAt: at }],
    workshops: [
      {
        id: id(2),
        format: 'team',
        title: 'GRUS i Team Syd',
        heldOn: '2026-11-27',
        targetGroupId: id(1),
        currentStepId: 'team-competences',
        dotsPerParticipant: 5,
        votesRevealed: true,
        timerStepId: 'team-competences',
        timerSeconds: 1800,
        timerRunningSince: null,
        timerElapsedSeconds: 412.25,
        endedAt: null,
        updatedAt: at,
      },
    ],
    workshopCards: [
      {
        id: id(3),
        workshopId: id(2),
        stepId: 'team-competences',
        kind: 'competence',
        text: 'Datadrevet opfølgning',
        parked: false,
        impact: 'high',
        effort: 'low',
        promotedKind: null,
        promotedId: null,
        updatedAt: at,
      },
    ],
    workshopVotes: [
      { id: id(4), workshopId: id(2), cardId: id(3), participant: 'Anne', dots: 2, updatedAt: at },
      { id: id(5), workshopId: id(2), cardId: id(3), participant: null, dots: 6, updatedAt: at },
    ],
  });
}

describe('a workshop in the JSON format', () => {
  it('travels out and back exactly, and a plan without one is written as before', () => {
    const doc = withWorkshop();
    const file = JSON.stringify(toInterchange(doc));
    expect(parseInterchange(file, at)).toEqual(doc);
    const without = toInterchange({ ...doc, workshops: [], workshopCards: [], workshopVotes: [] });
    expect(Object.keys(without)).not.toContain('workshops');
  });

  it('refuses a vote on a card that is not in the file, naming both', () => {
    const file = toInterchange(withWorkshop()) as Record<string, unknown>;
    const votes = file['workshopVotes'] as { cardId: string }[];
    votes[0]!.cardId = id(99);
    expect(() => parseInterchange(JSON.stringify(file), at)).toThrow(
      new RegExp(`${id(4)}.*${id(99)}`),
    );
  });
});
