import { describe, expect, it } from 'vitest';
import { priorityOfRank, rankCards, revealedRanking } from '../../../src/shared/workshop/ranking';
import { pauseTimer, startTimer, timerRemaining } from '../../../src/shared/workshop/timer';
import { whoHasVoted } from '../../../src/shared/workshop/voters';

const card = (id: string, parked = false) => ({ id, parked, workshopId: 'w' });
const vote = (cardId: string, dots: number, participant: string | null = null) => ({
  cardId,
  dots,
  participant,
  workshopId: 'w',
});

describe('ranking a workshop’s cards by their dots', () => {
  it('shares a rank between equal totals, marks them as ties and skips the next rank', () => {
    const cards = [card('a'), card('b'), card('c'), card('d'), card('parked', true)];
    const votes = [vote('b', 2, 'Anne'), vote('c', 3), vote('b', 1, 'Bo'), vote('parked', 9)];
    const ranked = rankCards(cards, [...votes, vote('elsewhere', 5)]);
    expect(ranked.map((r) => [r.card.id, r.total, r.rank, r.tied])).toEqual([
      ['b', 3, 1, true],
      ['c', 3, 1, true],
      ['a', 0, 3, true],
      ['d', 0, 3, true],
    ]);
    expect(ranked.map((r) => priorityOfRank(r, ranked.length))).toEqual([1, 1, 3, 3]);
  });

  it('shows no ranking while the votes are hidden', () => {
    const cards = [card('a')];
    expect(revealedRanking({ id: 'w', votesRevealed: false }, cards, [vote('a', 1)])).toBeNull();
    expect(revealedRanking({ id: 'w', votesRevealed: true }, cards, [vote('a', 1)])).toHaveLength(
      1,
    );
  });

  it('tells who has voted, by name as first written, without where the dots went', () => {
    const votes = [vote('a', 2, 'Anne'), vote('b', 1, ' anne '), vote('a', 1, 'Bo'), vote('c', 7)];
    expect(whoHasVoted(votes)).toEqual([
      { participant: 'Anne', dots: 3, cards: 2 },
      { participant: 'Bo', dots: 1, cards: 1 },
    ]);
  });
});

describe('a workshop timer kept as set length, time run and start', () => {
  it('counts down from the clock of whoever reads it, and keeps the time run over a pause', () => {
    const set = {
      timerStepId: 'su-drivers',
      timerSeconds: 600,
      timerRunningSince: null,
      timerElapsedSeconds: 0,
    };
    const running = { ...set, ...startTimer(set, new Date('2026-11-27T10:00:00Z')) };
    expect(timerRemaining(running, '2026-11-27T10:04:00Z')).toBe(360);
    const paused = { ...running, ...pauseTimer(running, new Date('2026-11-27T10:05:00Z')) };
    expect(paused).toMatchObject({ timerRunningSince: null, timerElapsedSeconds: 300 });
    expect(timerRemaining(paused, '2026-11-27T12:00:00Z')).toBe(300);
    // A clock set back does not run the timer backwards, and a step run over goes below zero.
    expect(timerRemaining(running, '2026-11-27T09:00:00Z')).toBe(600);
    expect(timerRemaining(running, '2026-11-27T10:11:00Z')).toBe(-60);
  });
});
