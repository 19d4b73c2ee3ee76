import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildImpactMap,
  impactChain,
  impactGaps,
  layoutImpactMap,
  type ImpactChain,
  type ImpactMap,
  type ImpactNode,
  type PlacedEdge,
  type PlacedNode,
} from '../../../src/shared/impact';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Activity, Measurement } from '../../../src/shared/model/entities';
import {
  ACTIVITY_STATUSES,
  EFFECT_LINKS,
  MEASUREMENT_KINDS,
} from '../../../src/shared/model/enums';
import {
  budgetTotals,
  competenceGap,
  competenceProgress,
  effectOverview,
  FUNDING_NOT_SET,
  fundingSourceKey,
  levelChange,
  linkCoverage,
  weightedMean,
  weightedProgress,
  type BudgetTotals,
  type FundingSourceTotal,
} from '../../../src/shared/progress';
import {
  activity,
  competence,
  driver,
  examplePlan,
  id,
  measurement,
  planDoc,
  targetGroup,
} from './plan-builder';

/*
 * The figures are worked out from indexes made in one pass (activities by competence,
 * measurements by competence and target group) rather than by going over every activity once per
 * competence. The straightforward ways they replaced are kept here as the oracle: on the example
 * plan and on random plans, the figures must be the same, to the last activity id.
 */

const oracle = {
  competenceProgress(doc: PlanDocument) {
    return doc.competences.map((c) => {
      const serving = doc.activities.filter((a) => a.competenceIds.includes(c.id));
      return {
        competenceId: c.id,
        title: c.title,
        activityIds: serving.map((a) => a.id),
        progress: weightedProgress(serving),
      };
    });
  },

  budgetTotals(activities: readonly Activity[]): BudgetTotals {
    const sources = new Map<string | null, FundingSourceTotal>();
    let planned = 0;
    let spent = 0;
    for (const a of activities) {
      const live = a.status !== 'cancelled';
      if (!live && a.spent === 0) continue;
      const key = fundingSourceKey(a.funding);
      let source = sources.get(key);
      if (!source) {
        const text = a.funding.trim().replace(/\s+/g, ' ');
        const label = key === null ? FUNDING_NOT_SET : { da: text, en: text };
        source = { key, label, planned: 0, spent: 0, activityIds: [] };
        sources.set(key, source);
      }
      if (live) {
        source.planned += a.budget;
        planned += a.budget;
      }
      source.spent += a.spent;
      spent += a.spent;
      source.activityIds.push(a.id);
    }
    const order = [...sources.values()];
    const bySource = order
      .filter((s) => s.key !== null)
      .sort((x, y) => y.planned - x.planned || order.indexOf(x) - order.indexOf(y));
    const notSet = sources.get(null);
    if (notSet) bySource.push(notSet);
    return { planned, spent, remaining: planned - spent, bySource };
  },

  groupChanges(measurements: readonly Measurement[], targetGroupIds: readonly string[]) {
    const leveled = measurements.filter((m) => m.level !== null);
    const named = new Set(leveled.map((m) => m.targetGroupId));
    const order: (string | null)[] = targetGroupIds.filter((g) => named.has(g));
    for (const m of leveled) {
      if (m.targetGroupId !== null && !order.includes(m.targetGroupId)) order.push(m.targetGroupId);
    }
    if (named.has(null)) order.push(null);
    const groups = order.map((targetGroupId) => ({
      targetGroupId,
      ...levelChange(measurements.filter((m) => m.targetGroupId === targetGroupId)),
    }));
    const complete = groups.flatMap((g) =>
      g.baseline && g.followUp ? [{ baseline: g.baseline, followUp: g.followUp }] : [],
    );
    const weighted = complete.every(
      (g) => (g.baseline.respondents ?? 0) > 0 && (g.followUp.respondents ?? 0) > 0,
    );
    const weightOf = (p: { respondents: number | null }) => (weighted ? p.respondents : null);
    const before = weightedMean(
      complete.map((g) => ({ value: g.baseline.level, weight: weightOf(g.baseline) })),
    );
    const after = weightedMean(
      complete.map((g) => ({ value: g.followUp.level, weight: weightOf(g.followUp) })),
    );
    const overall =
      before && after
        ? {
            baseline: before.mean,
            followUp: after.mean,
            change: after.mean - before.mean,
            weighted,
            groupCount: complete.length,
          }
        : null;
    return { groups, overall };
  },

  effectOverview(doc: PlanDocument) {
    const competences = doc.competences.map((c) => {
      const own = doc.measurements.filter((m) => m.competenceId === c.id);
      const links = linkCoverage(own);
      return {
        competenceId: c.id,
        title: c.title,
        currentLevel: c.currentLevel,
        targetLevel: c.targetLevel,
        gap: competenceGap(c),
        hasBaseline: own.some((m) => m.kind === 'baseline'),
        ...oracle.groupChanges(
          own,
          doc.targetGroups.map((t) => t.id),
        ),
        links,
        measuredLinks: links.filter((l) => !l.blind).map((l) => l.link),
        blindLinks: links.filter((l) => l.blind).map((l) => l.link),
      };
    });
    return {
      competences,
      withoutBaseline: competences
        .filter((c) => !c.hasBaseline)
        .map((c) => ({ competenceId: c.competenceId, title: c.title })),
    };
  },

  /** Each competence gap's node, and whether it is served only by cancelled activities. */
  competenceGaps(doc: PlanDocument) {
    return doc.competences.flatMap((c) => {
      const serving = doc.activities.filter((a) => a.competenceIds.includes(c.id));
      if (serving.some((a) => a.status !== 'cancelled')) return [];
      return [{ nodeId: c.id, onlyCancelled: serving.length > 0 }];
    });
  },

  impactChain(map: ImpactMap, nodeId: string): ImpactChain | null {
    const selected = map.nodes.find((n) => n.id === nodeId);
    if (!selected) return null;
    const forward = new Map<string, string[]>();
    const backward = new Map<string, string[]>();
    for (const e of map.edges) {
      forward.set(e.from, [...(forward.get(e.from) ?? []), e.to]);
      backward.set(e.to, [...(backward.get(e.to) ?? []), e.from]);
    }
    const reach = (start: string, next: Map<string, string[]>) => {
      const found = new Set<string>();
      const queue = [start];
      for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
        for (const n of next.get(at) ?? []) {
          if (!found.has(n)) {
            found.add(n);
            queue.push(n);
          }
        }
      }
      return found;
    };
    const inChain = new Set([nodeId, ...reach(nodeId, forward), ...reach(nodeId, backward)]);
    const kindOf = new Map(map.nodes.map((n) => [n.id, n.kind]));
    for (const at of [...inChain]) {
      if (kindOf.get(at) !== 'competence') continue;
      for (const context of backward.get(at) ?? []) {
        if (kindOf.get(context) !== selected.kind) inChain.add(context);
      }
    }
    const ordered = map.nodes.filter((n) => inChain.has(n.id));
    return {
      nodeId,
      nodeIds: ordered.map((n) => n.id),
      upstreamIds: ordered.filter((n) => n.column < selected.column).map((n) => n.id),
      downstreamIds: ordered.filter((n) => n.column > selected.column).map((n) => n.id),
      edgeIds: map.edges.filter((e) => inChain.has(e.from) && inChain.has(e.to)).map((e) => e.id),
    };
  },

  /** The layout's boxes and lines with the default options, spread from the map's own. */
  layout(map: ImpactMap, heightOf: (n: ImpactNode) => number) {
    const o = { margin: 24, columnWidth: 220, columnGap: 80, headerHeight: 40, rowGap: 16 };
    const nextY = [0, 0, 0, 0].map(() => o.margin + o.headerHeight);
    const nodes: PlacedNode[] = [...map.nodes]
      .sort((a, b) => a.column - b.column || a.row - b.row)
      .map((n) => {
        const height = heightOf(n);
        const y = nextY[n.column] ?? 0;
        nextY[n.column] = y + height + o.rowGap;
        const x = o.margin + n.column * (o.columnWidth + o.columnGap);
        return { ...n, x, y, width: o.columnWidth, height };
      });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const edges: PlacedEdge[] = map.edges.flatMap((e) => {
      const from = byId.get(e.from);
      const to = byId.get(e.to);
      if (!from || !to) return [];
      const x1 = from.x + from.width;
      return [{ ...e, x1, y1: from.y + from.height / 2, x2: to.x, y2: to.y + to.height / 2 }];
    });
    return { nodes, edges };
  },
};

function expectSameFigures(doc: PlanDocument) {
  expect(competenceProgress(doc)).toEqual(oracle.competenceProgress(doc));
  expect(budgetTotals(doc.activities)).toEqual(oracle.budgetTotals(doc.activities));
  expect(effectOverview(doc)).toEqual(oracle.effectOverview(doc));

  const gaps = impactGaps(doc).filter((g) => g.kind === 'competence-without-activity');
  expect(gaps.map((g) => g.nodeId)).toEqual(oracle.competenceGaps(doc).map((g) => g.nodeId));
  oracle.competenceGaps(doc).forEach((expected, i) => {
    expect(gaps[i]?.message.da.includes('kun aflyste')).toBe(expected.onlyCancelled);
  });

  const map = buildImpactMap(doc);
  for (const node of map.nodes) {
    expect(impactChain(map, node.id)).toEqual(oracle.impactChain(map, node.id));
  }
  const heightOf = (n: ImpactNode) => 48 + 18 * n.learningObjectives.length + (n.row % 3);
  const layout = layoutImpactMap(map, {}, heightOf);
  expect({ nodes: layout.nodes, edges: layout.edges }).toEqual(oracle.layout(map, heightOf));
}

const day = (n: number) =>
  `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + n).padStart(2, '0')}`;

/** A plan with links to ids it does not hold, same-day measurements and funding spelt many ways. */
const randomPlan = fc
  .record({
    drivers: fc.integer({ min: 0, max: 4 }),
    groups: fc.integer({ min: 0, max: 4 }),
    competences: fc.array(
      fc.record({
        drivers: fc.uniqueArray(fc.nat(5)),
        groups: fc.uniqueArray(fc.nat(5)),
        objectives: fc.nat(3),
        current: fc.option(fc.integer({ min: 1, max: 5 })),
      }),
      { maxLength: 7 },
    ),
    activities: fc.array(
      fc.record({
        competences: fc.array(fc.nat(8), { maxLength: 4 }),
        groups: fc.uniqueArray(fc.nat(5), { maxLength: 3 }),
        status: fc.constantFrom(...ACTIVITY_STATUSES),
        progress: fc.integer({ min: 0, max: 100 }),
        participantsPlanned: fc.nat(40),
        budget: fc.nat(100_000),
        spent: fc.nat(60_000),
        funding: fc.constantFrom('', '  ', 'Fonden', ' fonden ', 'FONDEN', 'Drift', 'Projekt'),
      }),
      { maxLength: 40 },
    ),
    measurements: fc.array(
      fc.record({
        competence: fc.nat(8),
        group: fc.option(fc.nat(5)),
        kind: fc.constantFrom(...MEASUREMENT_KINDS),
        level: fc.option(fc.integer({ min: 10, max: 50 })),
        respondents: fc.option(fc.nat(30)),
        date: fc.nat(8),
        link: fc.constantFrom(...EFFECT_LINKS),
      }),
      { maxLength: 40 },
    ),
  })
  .map((p) =>
    planDoc({
      drivers: Array.from({ length: p.drivers }, (_, i) => driver(100 + i)),
      targetGroups: Array.from({ length: p.groups }, (_, i) => targetGroup(200 + i)),
      competences: p.competences.map((c, i) =>
        competence(300 + i, {
          driverIds: c.drivers.map((n) => id(100 + n)),
          targetGroupIds: c.groups.map((n) => id(200 + n)),
          learningObjectives: Array.from({ length: c.objectives }, (_, k) => `Mål ${k}`),
          currentLevel: c.current,
          targetLevel: c.current === null ? null : 5,
        }),
      ),
      activities: p.activities.map((a, i) =>
        activity(400 + i, {
          competenceIds: a.competences.map((n) => id(300 + n)),
          targetGroupIds: a.groups.map((n) => id(200 + n)),
          status: a.status,
          progress: a.progress,
          participantsPlanned: a.participantsPlanned,
          budget: a.budget,
          spent: a.spent,
          funding: a.funding,
        }),
      ),
      measurements: p.measurements.map((m, i) =>
        measurement(500 + i, {
          competenceId: id(300 + m.competence),
          targetGroupId: m.group === null ? null : id(200 + m.group),
          kind: m.kind,
          level: m.level === null ? null : m.level / 10,
          respondents: m.respondents,
          date: day(m.date),
          effectLink: m.link,
        }),
      ),
    }),
  );

describe('figures worked out from indexes made once', () => {
  it('are the same as before on the example plan', () => {
    expectSameFigures(examplePlan());
  });

  it('are the same as before on random plans', () => {
    fc.assert(fc.property(randomPlan, expectSameFigures), { numRuns: 100, seed: 20261207 });
  });

  it('read each activity’s and measurement’s competences once, not once per competence', () => {
    let reads = 0;
    const counted = <T extends object, K extends keyof T>(row: T, key: K): T => {
      const value = row[key];
      return Object.defineProperty({ ...row }, key, {
        enumerable: true,
        get: () => {
          reads += 1;
          return value;
        },
      });
    };
    const competences = Array.from({ length: 40 }, (_, i) => competence(i + 1));
    const activities = Array.from({ length: 200 }, (_, i) =>
      counted(activity(1000 + i, { competenceIds: [id(1 + (i % 40))] }), 'competenceIds'),
    );
    const measurements = Array.from({ length: 100 }, (_, i) =>
      counted(
        measurement(2000 + i, { competenceId: id(1 + (i % 40)), date: day(i), kind: 'baseline' }),
        'competenceId',
      ),
    );
    const doc = planDoc({ competences, activities, measurements });

    competenceProgress(doc);
    expect(reads).toBe(activities.length);
    reads = 0;
    impactGaps(doc);
    // Once: one pass tells both which competences are served and which activities are loose.
    expect(reads).toBe(activities.length);
    reads = 0;
    effectOverview(doc);
    expect(reads).toBe(measurements.length);
  });
});
