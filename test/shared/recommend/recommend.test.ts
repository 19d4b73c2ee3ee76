import { describe, expect, it } from 'vitest';
import {
  recommend,
  suggestCompetences,
  suggestionScore,
  suggestMethods,
} from '../../../src/shared/recommend';
import type {
  CompetenceRecommendation,
  DriverRecommendation,
  Recommendations,
  RecommendPlanInput,
} from '../../../src/shared/recommend';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function competence(recs: Recommendations, competenceId: string): CompetenceRecommendation {
  const found = recs.competences.find((c) => c.competenceId === competenceId);
  if (!found) throw new Error(`no recommendation for competence ${competenceId}`);
  return found;
}

function driver(recs: Recommendations, driverId: string): DriverRecommendation {
  const found = recs.drivers.find((d) => d.driverId === driverId);
  if (!found) throw new Error(`no recommendation for driver ${driverId}`);
  return found;
}

const methodKeys = (rec: CompetenceRecommendation) => rec.methods.map((m) => m.methodKey);
const competenceKeys = (rec: DriverRecommendation) => rec.competences.map((c) => c.competenceKey);

// Plan A: a chosen method, a method the plan has but this competence does not use yet,
// a custom method, and a second competence that shares methods with the first.
const A = {
  strategy: id(1),
  mindset: id(11),
  workflow: id(12),
  ttt: id(21),
  inspiration: id(22),
  customMethod: id(23),
};
const planA: RecommendPlanInput = {
  drivers: [{ id: A.strategy, catalogKey: 'strategy' }],
  competences: [
    {
      id: A.mindset,
      catalogKey: 'digital-mindset',
      driverIds: [A.strategy],
      methodIds: [A.ttt, A.customMethod],
    },
    {
      id: A.workflow,
      catalogKey: 'workflow-optimisation',
      driverIds: [],
      methodIds: [A.inspiration],
    },
  ],
  methods: [
    { id: A.ttt, catalogKey: 'train-the-trainer' },
    { id: A.inspiration, catalogKey: 'inspiration' },
    { id: A.customMethod, catalogKey: null },
  ],
};

// Plan B: two catalogue competences whose methods overlap, two plan methods with the same key,
// and two drivers that both point at general skills.
const B = {
  newSystems: id(1),
  data: id(2),
  general: id(11),
  specialist: id(12),
  peerLater: id(22),
  peerEarlier: id(21),
};
const planB: RecommendPlanInput = {
  drivers: [
    { id: B.data, catalogKey: 'data' },
    { id: B.newSystems, catalogKey: 'new-systems' },
  ],
  competences: [
    { id: B.specialist, catalogKey: 'specialist', driverIds: [B.data], methodIds: [] },
    {
      id: B.general,
      catalogKey: 'general-skills',
      driverIds: [B.newSystems],
      methodIds: [B.peerLater],
    },
  ],
  methods: [
    { id: B.peerLater, catalogKey: 'peer-training' },
    { id: B.peerEarlier, catalogKey: 'peer-training' },
  ],
};

// Plan C: custom entries (no key, and a key this version does not know) beside catalogue ones.
const C = {
  data: id(1),
  strategy: id(2),
  customDriver: id(3),
  unknownDriver: id(4),
  custom: id(11),
  unknown: id(12),
  specialist: id(13),
  objectives: id(21),
  customMethod: id(22),
};
const planC: RecommendPlanInput = {
  drivers: [
    { id: C.customDriver, catalogKey: null },
    { id: C.unknownDriver, catalogKey: 'climate' },
    { id: C.data, catalogKey: 'data' },
    { id: C.strategy, catalogKey: 'strategy' },
  ],
  competences: [
    { id: C.custom, catalogKey: null, driverIds: [C.customDriver], methodIds: [C.objectives] },
    { id: C.unknown, catalogKey: 'blockchain', driverIds: [], methodIds: [C.customMethod] },
    { id: C.specialist, catalogKey: 'specialist', driverIds: [C.data], methodIds: [] },
  ],
  methods: [
    { id: C.objectives, catalogKey: 'learning-objectives' },
    { id: C.customMethod, catalogKey: 'Blockchain-workshop' },
  ],
};

describe('recommend, plan A: chosen and reused methods', () => {
  const recs = recommend(planA);
  const mindset = competence(recs, A.mindset);

  it('ranks by strength, then methods already in the plan, then reach, then catalogue order', () => {
    expect(methodKeys(mindset)).toEqual([
      'train-the-trainer', // strength 1, chosen
      'inspiration', // strength 2, already in the plan
      'needs-assessment', // strength 2, also fits workflow optimisation
      'mus-strategy', // strength 2
      'learning-objectives', // strength 3, also fits workflow optimisation
      'innovation-placement', // strength 3
    ]);
    expect(mindset.competenceKey).toBe('digital-mindset');
    expect(mindset.notice).toBeNull();
  });

  it('keeps a chosen method in the list, flagged, with its plan id', () => {
    expect(mindset.methods[0]).toMatchObject({
      methodKey: 'train-the-trainer',
      methodId: A.ttt,
      strength: 1,
      chosen: true,
    });
    expect(mindset.methods[0]?.reasons.map((r) => r.code)).toEqual(['catalogue-match', 'chosen']);
  });

  it('explains that reusing a method the plan already has is cheaper', () => {
    const inspiration = mindset.methods[1];
    expect(inspiration).toMatchObject({ methodId: A.inspiration, chosen: false, strength: 2 });
    const reused = inspiration?.reasons.find((r) => r.code === 'in-plan');
    expect(reused?.text.da).toBe(
      'Planen bruger allerede metoden til 1 anden kompetence – det er billigere at genbruge den end at starte noget nyt.',
    );
    expect(reused?.text.en).toContain('cheaper');
  });

  it('gives methods the plan lacks no plan id', () => {
    const needs = mindset.methods[2];
    expect(needs).toMatchObject({ methodKey: 'needs-assessment', methodId: null, chosen: false });
    expect(needs?.reasons.map((r) => r.code)).toEqual(['catalogue-match', 'also-fits']);
    expect(needs?.reasons[1]?.text.en).toBe(
      'Also fits 1 other competence in the plan, so one effort can serve several.',
    );
  });

  it('ranks the second competence the same way', () => {
    const workflow = competence(recs, A.workflow);
    expect(methodKeys(workflow)).toEqual([
      'courses-in-practice',
      'needs-assessment',
      'learning-objectives',
      'organisational-development',
      'sprints',
      'inspiration',
    ]);
    expect(workflow.methods.at(-1)).toMatchObject({ methodId: A.inspiration, chosen: true });
  });

  it('ranks competences for a driver, those in the plan first', () => {
    const strategy = driver(recs, A.strategy);
    expect(competenceKeys(strategy)).toEqual([
      'digital-mindset',
      'digital-leadership',
      'project-teams',
      'digital-innovation',
    ]);
    expect(strategy.competences[0]).toMatchObject({ competenceId: A.mindset, chosen: true });
    expect(strategy.competences[1]).toMatchObject({ competenceId: null, chosen: false });
  });

  it('lists competences in catalogue order', () => {
    expect(recs.competences.map((c) => c.competenceId)).toEqual([A.mindset, A.workflow]);
  });
});

describe('recommend, plan B: overlapping competences and duplicate methods', () => {
  const recs = recommend(planB);

  it('puts a method the plan already has ahead of an equally strong one', () => {
    expect(methodKeys(competence(recs, B.general))).toEqual([
      'peer-training', // strength 1, chosen
      'courses-in-practice', // strength 1
      'needs-assessment', // strength 2, also fits specialist
      'mus-strategy', // strength 2, also fits specialist
      'train-the-trainer', // strength 2
      'learning-objectives', // strength 3
    ]);
  });

  it('lets reach in the plan outrank catalogue order', () => {
    expect(methodKeys(competence(recs, B.specialist))).toEqual([
      'courses-in-practice',
      'needs-assessment',
      'mus-strategy',
      'inspiration',
      'innovation-placement',
      'peer-training', // strength 3, in the plan
      'learning-objectives',
    ]);
  });

  it('picks the chosen one among methods that share a key, otherwise the lowest id', () => {
    const general = competence(recs, B.general).methods[0];
    expect(general).toMatchObject({ methodId: B.peerLater, chosen: true });
    const specialist = competence(recs, B.specialist).methods.find(
      (m) => m.methodKey === 'peer-training',
    );
    expect(specialist).toMatchObject({ methodId: B.peerEarlier, chosen: false });
    expect(specialist?.reasons.find((r) => r.code === 'in-plan')?.text.da).toContain(
      '1 anden kompetence',
    );
  });

  it('ranks competences per driver, with drivers that agree breaking ties', () => {
    expect(competenceKeys(driver(recs, B.newSystems))).toEqual([
      'general-skills',
      'trainer-skills',
      'workflow-optimisation',
      'project-teams',
    ]);
    const data = driver(recs, B.data);
    expect(competenceKeys(data)).toEqual([
      'specialist',
      'digital-leadership',
      'it-security',
      'general-skills',
      'digital-innovation',
    ]);
    const general = data.competences[3];
    expect(general).toMatchObject({ competenceId: B.general, chosen: false, strength: 3 });
    expect(general?.reasons.map((r) => r.code)).toEqual([
      'catalogue-match',
      'in-plan',
      'shared-driver',
    ]);
  });

  it('lists drivers in catalogue order whatever the input order', () => {
    expect(recs.drivers.map((d) => d.driverId)).toEqual([B.newSystems, B.data]);
  });
});

describe('recommend, plan C: custom entries', () => {
  const recs = recommend(planC);

  it('suggests only the always-useful methods for a custom competence, saying why', () => {
    const custom = competence(recs, C.custom);
    expect(custom.competenceKey).toBeNull();
    expect(custom.notice?.da).toContain('ikke fra kataloget');
    expect(methodKeys(custom)).toEqual(['learning-objectives', 'needs-assessment']);
    expect(custom.methods[0]).toMatchObject({ methodId: C.objectives, chosen: true });
    for (const method of custom.methods) {
      expect(method.reasons[0]?.code).toBe('always-useful');
      expect(method.reasons[0]?.text.en).toContain('rather than from the catalogue');
    }
  });

  it('treats an unknown key like a custom entry', () => {
    const unknown = competence(recs, C.unknown);
    expect(unknown.competenceKey).toBeNull();
    expect(methodKeys(unknown)).toEqual(['learning-objectives', 'needs-assessment']);
    expect(unknown.methods[0]).toMatchObject({ methodId: C.objectives, chosen: false });
    expect(unknown.methods[0]?.reasons.map((r) => r.code)).toEqual([
      'always-useful',
      'in-plan',
      'also-fits',
    ]);
  });

  it('gives custom drivers no competence suggestions but a notice', () => {
    for (const driverId of [C.customDriver, C.unknownDriver]) {
      const rec = driver(recs, driverId);
      expect(rec.driverKey).toBeNull();
      expect(rec.competences).toEqual([]);
      expect(rec.notice?.en).toContain('not from the catalogue');
    }
  });

  it('breaks a strength tie by how many other drivers suggest the competence', () => {
    expect(competenceKeys(driver(recs, C.strategy))).toEqual([
      'digital-leadership', // strength 1, also suggested by "data"
      'digital-mindset', // strength 1
      'project-teams',
      'digital-innovation',
    ]);
    expect(competenceKeys(driver(recs, C.data))).toEqual([
      'specialist',
      'digital-leadership',
      'it-security',
      'digital-innovation', // strength 3, also suggested by "strategy"
      'general-skills',
    ]);
  });

  it('lists catalogue entries first, then custom ones by id', () => {
    expect(recs.competences.map((c) => c.competenceId)).toEqual([
      C.specialist,
      C.custom,
      C.unknown,
    ]);
    expect(recs.drivers.map((d) => d.driverId)).toEqual([
      C.strategy,
      C.data,
      C.customDriver,
      C.unknownDriver,
    ]);
  });
});

describe('recommend, general properties', () => {
  // A small seeded generator, so a failure can be reproduced.
  function shuffled<T>(items: readonly T[], seed: { value: number }): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      seed.value = (seed.value * 1103515245 + 12345) % 2147483648;
      const j = seed.value % (i + 1);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  function shufflePlan(plan: RecommendPlanInput, seed: { value: number }): RecommendPlanInput {
    return {
      drivers: shuffled(plan.drivers, seed),
      competences: shuffled(plan.competences, seed).map((c) => ({
        ...c,
        driverIds: shuffled(c.driverIds, seed),
        methodIds: shuffled(c.methodIds, seed),
      })),
      methods: shuffled(plan.methods, seed),
    };
  }

  it.each([
    ['A', planA],
    ['B', planB],
    ['C', planC],
  ])('gives the same result for plan %s in any order', (_name, plan) => {
    const expected = recommend(plan);
    const seed = { value: 42 };
    for (let round = 0; round < 25; round += 1) {
      expect(recommend(shufflePlan(plan, seed))).toEqual(expected);
    }
  });

  it('orders every list by descending score', () => {
    for (const plan of [planA, planB, planC]) {
      const recs = recommend(plan);
      const lists = [
        ...recs.competences.map((c) => c.methods.map((m) => m.score)),
        ...recs.drivers.map((d) => d.competences.map((c) => c.score)),
      ];
      for (const scores of lists) {
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }
    }
  });

  it('scores strength above plan membership above reach', () => {
    expect(suggestionScore(1, false, 0)).toBeGreaterThan(suggestionScore(2, true, 99));
    expect(suggestionScore(2, true, 0)).toBeGreaterThan(suggestionScore(2, false, 99));
    expect(suggestionScore(2, false, 2)).toBeGreaterThan(suggestionScore(2, false, 1));
    expect(suggestionScore(3, false, 500)).toBe(suggestionScore(3, false, 99));
  });

  it('does not change its input', () => {
    const before = JSON.stringify(planB);
    recommend(planB);
    expect(JSON.stringify(planB)).toBe(before);
  });

  it('handles an empty plan', () => {
    expect(recommend({ drivers: [], competences: [], methods: [] })).toEqual({
      competences: [],
      drivers: [],
    });
  });

  it('ignores method ids that point nowhere', () => {
    const plan: RecommendPlanInput = {
      drivers: [],
      competences: [{ id: id(1), catalogKey: 'sprints', driverIds: [id(9)], methodIds: [id(8)] }],
      methods: [],
    };
    const rec = recommend(plan).competences[0];
    expect(rec?.competenceKey).toBeNull();
    expect(rec?.methods.every((m) => m.methodId === null && !m.chosen)).toBe(true);
  });

  it('answers for a single competence or driver', () => {
    expect(suggestMethods(planA, A.mindset)).toEqual(competence(recommend(planA), A.mindset));
    expect(suggestCompetences(planB, B.data)).toEqual(driver(recommend(planB), B.data));
    expect(suggestMethods(planA, id(999))).toBeUndefined();
    expect(suggestCompetences(planA, id(999))).toBeUndefined();
  });

  it('gives every reason in both languages', () => {
    for (const plan of [planA, planB, planC]) {
      const recs = recommend(plan);
      const reasons = [
        ...recs.competences.flatMap((c) => c.methods.flatMap((m) => m.reasons)),
        ...recs.drivers.flatMap((d) => d.competences.flatMap((c) => c.reasons)),
      ];
      for (const reason of reasons) {
        expect(reason.text.da.length).toBeGreaterThan(10);
        expect(reason.text.en.length).toBeGreaterThan(10);
        expect(reason.text.da).not.toBe(reason.text.en);
      }
    }
  });
});
