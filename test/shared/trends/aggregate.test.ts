import { describe, expect, it } from 'vitest';
import { aggregateTrends, foldTitle, type PlanSummary } from '../../../src/shared/trends';

/** A plan's summary with nothing in it but what a case names. */
function summary(id: string, patch: Partial<PlanSummary>): PlanSummary {
  return {
    id,
    changedAt: '2026-08-01T08:00:00.000Z',
    organisation: '',
    unit: '',
    periodStart: null,
    periodEnd: null,
    drivers: [],
    competences: [],
    methods: [],
    targetGroups: [],
    driverCompetence: [],
    competenceMethod: [],
    competenceTargetGroup: [],
    activities: 0,
    money: null,
    participants: null,
    people: [],
    ...patch,
  };
}

describe('counting trends', () => {
  it('groups custom titles with case, spaces, accents and the Danish letters folded', () => {
    expect(foldTitle('  Målstyring   i  teamet ')).toBe(foldTitle('maalstyring i Teamet'));
    expect(foldTitle('Café-møde')).toBe(foldTitle('cafe-mode'));
    const report = aggregateTrends(
      {
        reads: [
          { file: 'a', summary: summary('1', { methods: [{ key: null, title: 'Målstyring' }] }) },
          { file: 'b', summary: summary('2', { methods: [{ key: null, title: 'maalstyring' }] }) },
        ],
      },
      { lang: 'da' },
    );
    expect(report.methods.filter((m) => m.key === null)).toEqual([
      { key: null, title: 'Målstyring', count: 2, share: 1, files: ['a', 'b'] },
    ]);
  });

  it('counts a custom driver apart from the catalogue’s, which keep their place at 0', () => {
    const report = aggregateTrends(
      {
        reads: [
          {
            file: 'a',
            summary: summary('1', { drivers: [{ key: null, title: 'Kunstig intelligens' }] }),
          },
        ],
      },
      { lang: 'en' },
    );
    expect(report.drivers[0]).toMatchObject({ key: null, title: 'Kunstig intelligens', count: 1 });
    expect(report.drivers.filter((d) => d.key !== null).map((d) => d.count)).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
  });

  it('answers a report of no plans with every share 0, not a division by zero', () => {
    const report = aggregateTrends(
      { reads: [{ file: 'x', reason: { da: 'Ikke en plan.', en: 'Not a plan.' } }] },
      { lang: 'en' },
    );
    expect(report.totals.plans).toBe(0);
    expect(report.skipped).toEqual([{ file: 'x', reason: 'Not a plan.' }]);
    expect(
      [...report.drivers, ...report.competences, ...report.methods].every((e) => e.share === 0),
    ).toBe(true);
    expect(report.period).toEqual({ start: null, end: null, plans: 0 });
  });
});
