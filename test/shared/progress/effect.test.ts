import { describe, expect, it } from 'vitest';
import {
  competenceEffect,
  competenceGap,
  competencesWithoutBaseline,
  EFFECT_CHAIN,
  effectOverview,
  levelChange,
  weightedMean,
} from '../../../src/shared/progress';
import { EFFECT_LINKS } from '../../../src/shared/model/enums';
import { competence, examplePlan, id, measurement, planDoc, targetGroup } from './plan-builder';

const C1 = id(101);
const C2 = id(102);
const TG_A = id(201);
const TG_B = id(202);

const measurements = [
  // Group A: two baselines the same day (one point, 2.75 weighted), then two follow-ups.
  measurement(1, {
    competenceId: C1,
    targetGroupId: TG_A,
    date: '2026-09-01',
    kind: 'baseline',
    level: 2,
    respondents: 10,
  }),
  measurement(2, {
    competenceId: C1,
    targetGroupId: TG_A,
    date: '2026-09-01',
    kind: 'baseline',
    level: 3,
    respondents: 30,
  }),
  measurement(3, {
    competenceId: C1,
    targetGroupId: TG_A,
    date: '2027-01-15',
    kind: 'follow-up',
    level: 3,
    respondents: 20,
    effectLink: 'applied',
  }),
  measurement(4, {
    competenceId: C1,
    targetGroupId: TG_A,
    date: '2027-03-01',
    kind: 'follow-up',
    level: 3.5,
    respondents: 25,
    effectLink: 'behaviour',
  }),
  // Group B: a baseline without respondents, a follow-up, and a new baseline after it.
  measurement(5, {
    competenceId: C1,
    targetGroupId: TG_B,
    date: '2026-09-10',
    kind: 'baseline',
    level: 1.5,
  }),
  measurement(6, {
    competenceId: C1,
    targetGroupId: TG_B,
    date: '2027-02-01',
    kind: 'follow-up',
    level: 2.5,
    respondents: 5,
  }),
  measurement(7, {
    competenceId: C1,
    targetGroupId: TG_B,
    date: '2027-05-01',
    kind: 'baseline',
    level: 2.4,
    respondents: 6,
  }),
  // An indicator with no level, for the whole workplace.
  measurement(8, {
    competenceId: C1,
    targetGroupId: null,
    date: '2027-02-01',
    kind: 'follow-up',
    level: null,
    indicator: 'Sagsbehandlingstid: 33 dage',
    effectLink: 'short-term-result',
  }),
  // Competence 2: both groups counted, so the overall change is respondent-weighted.
  measurement(11, {
    competenceId: C2,
    targetGroupId: TG_A,
    date: '2026-09-01',
    kind: 'baseline',
    level: 2,
    respondents: 10,
  }),
  measurement(12, {
    competenceId: C2,
    targetGroupId: TG_A,
    date: '2027-03-01',
    kind: 'follow-up',
    level: 3,
    respondents: 10,
  }),
  measurement(13, {
    competenceId: C2,
    targetGroupId: TG_B,
    date: '2026-09-01',
    kind: 'baseline',
    level: 3,
    respondents: 30,
  }),
  measurement(14, {
    competenceId: C2,
    targetGroupId: TG_B,
    date: '2027-03-01',
    kind: 'follow-up',
    level: 3.2,
    respondents: 20,
  }),
  // Competence 4: a follow-up but no baseline.
  measurement(15, {
    competenceId: id(104),
    targetGroupId: TG_A,
    date: '2027-03-01',
    kind: 'follow-up',
    level: 3,
    respondents: 8,
  }),
];

const doc = planDoc({
  targetGroups: [targetGroup(201), targetGroup(202)],
  competences: [
    competence(101, { currentLevel: 2, targetLevel: 4 }),
    competence(102, { currentLevel: null, targetLevel: 4 }),
    competence(103, { currentLevel: 3, targetLevel: 3 }),
    competence(104, { currentLevel: 4, targetLevel: 2 }),
  ],
  measurements,
});

describe('the effect chain', () => {
  it('has six links in order with Danish and English labels', () => {
    expect(EFFECT_CHAIN.map((l) => l.link)).toEqual([...EFFECT_LINKS]);
    expect(EFFECT_CHAIN[0]?.label).toEqual({ da: 'Gennemført', en: 'Carried out' });
    expect(EFFECT_CHAIN[5]?.label).toEqual({ da: 'Langsigtet effekt', en: 'Long-term effect' });
    for (const link of EFFECT_CHAIN) {
      expect(link.description.da).not.toBe('');
      expect(link.description.en).not.toBe('');
    }
  });
});

describe('gap', () => {
  it('is target minus current, and null when either is missing', () => {
    expect(competenceGap({ currentLevel: 2, targetLevel: 4 })).toBe(2);
    expect(competenceGap({ currentLevel: null, targetLevel: 4 })).toBeNull();
    expect(competenceGap({ currentLevel: 3, targetLevel: null })).toBeNull();
    expect(competenceGap({ currentLevel: 4, targetLevel: 2 })).toBe(-2);
  });
});

describe('weighted means', () => {
  it('weights by respondents only when every value has them', () => {
    expect(
      weightedMean([
        { value: 2, weight: 10 },
        { value: 3, weight: 30 },
      ]),
    ).toEqual({ mean: 2.75, weighted: true });
    expect(
      weightedMean([
        { value: 2, weight: 10 },
        { value: 3, weight: null },
      ]),
    ).toEqual({ mean: 2.5, weighted: false });
    expect(
      weightedMean([
        { value: 2, weight: 0 },
        { value: 4, weight: 5 },
      ]),
    ).toEqual({ mean: 3, weighted: false });
    expect(weightedMean([])).toBeNull();
  });
});

describe('change measured', () => {
  const effect = competenceEffect(doc.competences[0]!, doc);

  it('compares the latest follow-up with the baseline, per target group', () => {
    const [a, b] = effect.groups;
    expect(effect.groups.map((g) => g.targetGroupId)).toEqual([TG_A, TG_B]);
    expect(a?.baseline).toMatchObject({
      level: 2.75,
      respondents: 40,
      weighted: true,
      date: '2026-09-01',
    });
    expect(a?.baseline?.measurementIds).toEqual([id(1), id(2)]);
    expect(a?.followUp).toMatchObject({ level: 3.5, date: '2027-03-01', respondents: 25 });
    expect(a?.change).toBeCloseTo(0.75, 10);
    // The baseline taken after the follow-up is not the one it is compared with.
    expect(b?.baseline).toMatchObject({ level: 1.5, respondents: null, weighted: false });
    expect(b?.change).toBeCloseTo(1, 10);
  });

  it('is unweighted overall when a group lacks respondents', () => {
    expect(effect.overall).toMatchObject({ weighted: false, groupCount: 2 });
    expect(effect.overall?.baseline).toBeCloseTo((2.75 + 1.5) / 2, 10);
    expect(effect.overall?.followUp).toBeCloseTo((3.5 + 2.5) / 2, 10);
    expect(effect.overall?.change).toBeCloseTo(0.875, 10);
  });

  it('is respondent-weighted overall when every group has respondents', () => {
    const overall = competenceEffect(doc.competences[1]!, doc).overall;
    expect(overall?.weighted).toBe(true);
    expect(overall?.baseline).toBeCloseTo((2 * 10 + 3 * 30) / 40, 10);
    expect(overall?.followUp).toBeCloseTo((3 * 10 + 3.2 * 20) / 30, 10);
    expect(overall?.change).toBeCloseTo(94 / 30 - 2.75, 10);
  });

  it('has no change without both a baseline and a follow-up', () => {
    const onlyFollowUp = competenceEffect(doc.competences[3]!, doc);
    expect(onlyFollowUp.groups[0]).toMatchObject({ baseline: null, change: null });
    expect(onlyFollowUp.overall).toBeNull();
    const onlyBaseline = levelChange([measurements[0]!]);
    expect(onlyBaseline).toMatchObject({ followUp: null, change: null });
    expect(onlyBaseline.baseline?.level).toBe(2);
  });

  it('can be narrowed to follow-ups at one link or in a period', () => {
    const groupA = measurements.filter((m) => m.competenceId === C1 && m.targetGroupId === TG_A);
    expect(levelChange(groupA, { followUpLink: 'applied' }).change).toBeCloseTo(0.25, 10);
    expect(levelChange(groupA, { to: '2027-02-01' }).followUp?.level).toBe(3);
    expect(levelChange(groupA, { from: '2027-04-01' }).followUp).toBeNull();
  });
});

describe('links with and without measurements', () => {
  it('says which links are measured and which are blind, in chain order', () => {
    const effect = competenceEffect(doc.competences[0]!, doc);
    expect(effect.measuredLinks).toEqual(['learned', 'applied', 'behaviour', 'short-term-result']);
    expect(effect.blindLinks).toEqual(['carried-out', 'long-term-effect']);
    expect(effect.links.find((l) => l.link === 'learned')).toMatchObject({
      baselines: 4,
      followUps: 1,
      blind: false,
    });
    expect(effect.links.find((l) => l.link === 'short-term-result')).toMatchObject({
      baselines: 0,
      followUps: 1,
    });
  });

  it('calls every link blind for a competence nobody has measured', () => {
    const effect = competenceEffect(doc.competences[2]!, doc);
    expect(effect.blindLinks).toEqual([...EFFECT_LINKS]);
    expect(effect.gap).toBe(0);
    expect(effect.groups).toEqual([]);
  });
});

describe('competences without a baseline', () => {
  it('points out the competences whose change can never be shown', () => {
    const expected = [
      { competenceId: id(103), title: 'Kompetence 103' },
      { competenceId: id(104), title: 'Kompetence 104' },
    ];
    expect(competencesWithoutBaseline(doc)).toEqual(expected);
    expect(effectOverview(doc).withoutBaseline).toEqual(expected);
  });

  it('finds the known changes in the example plan', () => {
    const example = examplePlan();
    const overview = effectOverview(example);
    const byTitle = new Map(overview.competences.map((c) => [c.title, c]));
    const system = byTitle.get('Sagsbehandling i det nye sagsbehandlingssystem');
    expect(system?.gap).toBe(2);
    expect(system?.overall?.change).toBeCloseTo(3.1 - 1.9, 10);
    expect(system?.overall?.weighted).toBe(true);
    expect(overview.withoutBaseline.length).toBe(2);
  });
});
