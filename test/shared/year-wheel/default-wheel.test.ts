import { describe, expect, it } from 'vitest';
import {
  defaultWheelMonths,
  defaultYearWheel,
  monthsForward,
  sortYearWheel,
  wheelText,
  YEAR_WHEEL_KINDS,
  YearWheelSchema,
  type YearWheelItem,
} from '../../../src/shared/year-wheel';

const months = (wheel: YearWheelItem[]) => new Set(wheel.map((i) => i.month));
const ofKind = (wheel: YearWheelItem[], kind: YearWheelItem['kind']) =>
  wheel.filter((i) => i.kind === kind);

describe('the default årshjul', () => {
  const wheel = defaultYearWheel('2026-09-01', '2027-08-31');

  it('covers all twelve months with every kind of item', () => {
    expect([...months(wheel)].sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(new Set(wheel.map((i) => i.kind))).toEqual(new Set(YEAR_WHEEL_KINDS));
  });

  it('is sorted from the month the period starts', () => {
    expect(wheel[0]?.month).toBe(9);
    const offsets = wheel.map((i) => monthsForward(9, i.month));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('launches the plan, holds quarterly status meetings and adopts the next plan', () => {
    const meetings = ofKind(wheel, 'su-meeting').map((i) => [i.month, wheelText(i.title, 'da')]);
    expect(meetings).toEqual([
      [9, 'SU-møde: kompetenceplanen sættes i gang'],
      [12, 'SU-møde: status på kompetenceplanen'],
      [3, 'SU-møde: status på kompetenceplanen'],
      [8, 'SU-møde: næste periodes kompetenceplan vedtages'],
    ]);
  });

  it('puts the annual evaluation before the summer holiday near the end of the period', () => {
    const evaluation = ofKind(wheel, 'annual-evaluation');
    expect(evaluation).toHaveLength(1);
    expect(evaluation[0]?.month).toBe(6);
    expect(wheelText(evaluation[0]!.title, 'da')).toContain('§ 8, stk. 2');
    expect(evaluation[0]?.ownerRole).toBe('committee');
  });

  it('measures a baseline at the start and follows up after it', () => {
    const rounds = ofKind(wheel, 'measurement-round').map((i) => i.month);
    expect(rounds).toEqual([9, 2, 5]);
    expect(wheelText(ofKind(wheel, 'measurement-round')[0]!.title, 'da')).toBe(
      'Nulpunktsmåling af kompetencerne',
    );
  });

  it('has MUS in spring, GRUS after it and the budget in autumn', () => {
    const mus = ofKind(wheel, 'mus-round').map((i) => [i.month, wheelText(i.title, 'da')]);
    expect(mus).toEqual([
      [2, 'MUS forberedes'],
      [3, 'MUS-runde'],
      [4, 'GRUS i teamene'],
    ]);
    expect(ofKind(wheel, 'budget').map((i) => i.month)).toEqual([9, 10, 12, 1]);
  });

  it('reminds to check the fund’s current deadlines without inventing dates', () => {
    const fund = ofKind(wheel, 'fund-deadline');
    expect(fund.map((i) => i.month)).toEqual([11, 5]);
    for (const item of fund) {
      const text = `${wheelText(item.title, 'da')} ${wheelText(item.description!, 'da')}`;
      expect(text).toContain('aktuelle');
      expect(text).not.toMatch(
        /\d{1,2}\.\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)/,
      );
      expect(wheelText(item.description!, 'en')).toContain('current');
    }
  });

  it('is written in Danish and English, with an owner and no links yet', () => {
    for (const item of wheel) {
      expect(typeof item.title).toBe('object');
      expect(wheelText(item.title, 'da')).not.toBe('');
      expect(wheelText(item.title, 'en')).not.toBe('');
      expect(wheelText(item.title, 'da')).not.toBe(wheelText(item.title, 'en'));
      expect(item.ownerRole).toBeDefined();
      expect(item.activityIds).toEqual([]);
      expect(item.measurementIds).toEqual([]);
      expect(item.id).toBeUndefined();
    }
  });

  it('passes its own schema, so the storage can keep it', () => {
    expect(YearWheelSchema.parse(JSON.parse(JSON.stringify(wheel)))).toEqual(wheel);
  });

  it('keeps its shape whichever month the period starts in', () => {
    for (let start = 1; start <= 12; start++) {
      const iso = `2027-${String(start).padStart(2, '0')}-01`;
      const w = defaultYearWheel(iso);
      expect(months(w).size, `start ${String(start)}`).toBe(12);
      expect(ofKind(w, 'annual-evaluation'), `start ${String(start)}`).toHaveLength(1);
      expect(ofKind(w, 'su-meeting').length, `start ${String(start)}`).toBeGreaterThanOrEqual(3);
      // Nobody meets in July.
      expect(
        w.filter(
          (i) => i.month === 7 && (i.kind === 'su-meeting' || i.kind === 'annual-evaluation'),
        ),
      ).toEqual([]);
      expect(w[0]?.month).toBe(start);
    }
  });

  it('launches a plan that starts in July after the summer holiday', () => {
    const m = defaultWheelMonths('2027-07-01', '2028-06-30');
    expect(m).toMatchObject({ start: 7, kickoff: 8, evaluation: 5, nextPlan: 6 });
    expect(m.status).toEqual([10, 1]);
  });

  it('follows the calendar year when the plan has no period yet', () => {
    const m = defaultWheelMonths(null);
    expect(m).toMatchObject({ start: 1, evaluation: 11, nextPlan: 12 });
    // April and August (July moved); October is too close to the evaluation to need a meeting.
    expect(m.status).toEqual([4, 8]);
    expect(defaultYearWheel(null)[0]?.month).toBe(1);
  });
});

describe('sorting a wheel', () => {
  it('orders by month from the first month and keeps order within a month', () => {
    const items = [
      { month: 2, n: 'a' },
      { month: 10, n: 'b' },
      { month: 2, n: 'c' },
      { month: 9, n: 'd' },
    ];
    expect(sortYearWheel(items, 9).map((i) => i.n)).toEqual(['d', 'b', 'a', 'c']);
    expect(sortYearWheel(items).map((i) => i.n)).toEqual(['a', 'c', 'd', 'b']);
  });
});

describe('the wheel schema', () => {
  it('accepts a committee’s own item in plain text and refuses a month out of range', () => {
    const own = { month: 3, title: 'Temadag om data', kind: 'other' };
    expect(YearWheelSchema.parse([own])).toEqual([{ ...own, activityIds: [], measurementIds: [] }]);
    expect(YearWheelSchema.safeParse([{ ...own, month: 13 }]).success).toBe(false);
    expect(YearWheelSchema.safeParse([{ ...own, kind: 'party' }]).success).toBe(false);
    expect(YearWheelSchema.safeParse([{ ...own, title: '  ' }]).success).toBe(false);
    expect(YearWheelSchema.safeParse([{ ...own, activityIds: ['nope'] }]).success).toBe(false);
  });
});
