import { describe, expect, it } from 'vitest';
import { placeByKey } from '../../../src/renderer/screens/workshop/prioritising';
import { ballotWrites } from '../../../src/shared/workshop/ballot';

const vote = (id: string, cardId: string, participant: string | null, dots: number) => ({
  id,
  cardId,
  participant,
  dots,
});

describe('a participant’s ballot as writes', () => {
  it('takes dots away before it gives, so the allowance never counts old and new dots together', () => {
    const votes = [
      vote('v1', 'a', 'Anne', 2),
      vote('v2', 'b', 'anne ', 1),
      vote('v3', 'a', 'Bo', 3),
    ];
    // Anne moves her dots: one off »a«, all off »b«, two onto »c«.
    expect(
      ballotWrites(
        votes,
        'Anne',
        new Map([
          ['a', 1],
          ['c', 2],
        ]),
      ),
    ).toEqual([
      { kind: 'update', voteId: 'v1', dots: 1 },
      { kind: 'delete', voteId: 'v2' },
      { kind: 'create', cardId: 'c', dots: 2 },
    ]);
    // The room's totals and others' votes are not hers; nothing changed is not written.
    expect(ballotWrites([...votes, vote('v4', 'a', null, 5)], 'Bo', new Map([['a', 3]]))).toEqual(
      [],
    );
  });
});

describe('a card moved on the grid by a key', () => {
  it('takes one axis per arrow, and goes back to the tray with Delete', () => {
    const tray = { impact: null, effort: null };
    const up = placeByKey(tray, 'ArrowUp')!;
    expect(up).toEqual({ impact: 'high', effort: null });
    expect(placeByKey(up, 'ArrowLeft')).toEqual({ impact: 'high', effort: 'low' });
    expect(placeByKey({ impact: 'high', effort: 'low' }, 'ArrowDown')).toEqual({
      impact: 'low',
      effort: 'low',
    });
    expect(placeByKey({ impact: 'low', effort: 'high' }, 'Delete')).toEqual(tray);
    expect(placeByKey(tray, 'Enter')).toBeNull();
  });
});
