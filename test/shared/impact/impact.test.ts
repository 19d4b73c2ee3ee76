import { describe, expect, it } from 'vitest';
import {
  buildImpactMap,
  DEFAULT_IMPACT_LAYOUT,
  impactChain,
  impactGaps,
  layoutImpactMap,
} from '../../../src/shared/impact';
import {
  activity,
  competence,
  driver,
  examplePlan,
  id,
  planDoc,
  targetGroup,
} from '../progress/plan-builder';

// A plan made to have one gap of every kind, and a few things that look like gaps but are not.
const D1 = id(1);
const D2 = id(2); // answered by no competence: a gap
const D3 = id(3); // shares competence 1 with driver 1
const T1 = id(11);
const T2 = id(12); // no competence names it, though an activity does: a gap
const C1 = id(21);
const C2 = id(22); // served only by a cancelled activity: a gap
const C3 = id(23); // served by nothing: a gap
const A1 = id(31);
const A2 = id(32); // serves no competence: a gap
const A3 = id(33); // cancelled, serves competence 2
const A4 = id(34); // cancelled and serves nothing: not a gap

const doc = planDoc({
  drivers: [driver(1), driver(2), driver(3)],
  targetGroups: [targetGroup(11), targetGroup(12)],
  competences: [
    competence(21, {
      driverIds: [D1, D3],
      targetGroupIds: [T1],
      learningObjectives: ['Kan oprette en sag', 'Kan afslutte en sag'],
    }),
    competence(22, { driverIds: [D1], targetGroupIds: [T1] }),
    competence(23, { driverIds: [D3] }),
  ],
  activities: [
    activity(31, { competenceIds: [C1, C1], targetGroupIds: [T1] }),
    activity(32, { targetGroupIds: [T2] }),
    activity(33, { status: 'cancelled', competenceIds: [C2] }),
    activity(34, { status: 'cancelled' }),
  ],
});

describe('the impact map', () => {
  const map = buildImpactMap(doc);

  it('has a column per layer and the plan order within it', () => {
    expect(map.nodes.map((n) => [n.kind, n.column, n.row, n.id])).toEqual([
      ['driver', 0, 0, D1],
      ['driver', 0, 1, D2],
      ['driver', 0, 2, D3],
      ['targetGroup', 1, 0, T1],
      ['targetGroup', 1, 1, T2],
      ['competence', 2, 0, C1],
      ['competence', 2, 1, C2],
      ['competence', 2, 2, C3],
      ['activity', 3, 0, A1],
      ['activity', 3, 1, A2],
      ['activity', 3, 2, A3],
      ['activity', 3, 3, A4],
    ]);
    const c1 = map.nodes.find((n) => n.id === C1);
    expect(c1?.learningObjectives).toEqual(['Kan oprette en sag', 'Kan afslutte en sag']);
    expect(c1?.label).toBe('Kompetence 21');
    expect(map.nodes.find((n) => n.id === A3)?.status).toBe('cancelled');
    expect(map.nodes.find((n) => n.id === D1)?.status).toBeNull();
  });

  it('draws an edge for every link, left to right, once', () => {
    expect(map.edges.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['driver-competence', D1, C1],
      ['driver-competence', D3, C1],
      ['driver-competence', D1, C2],
      ['driver-competence', D3, C3],
      ['targetGroup-competence', T1, C1],
      ['targetGroup-competence', T1, C2],
      ['competence-activity', C1, A1],
      ['competence-activity', C2, A3],
      ['targetGroup-activity', T1, A1],
      ['targetGroup-activity', T2, A2],
    ]);
    expect(map.edges[0]?.id).toBe(`${D1}->${C1}`);
  });

  it('leaves out a link to an id the plan does not hold', () => {
    const broken = planDoc({
      competences: [competence(21, { driverIds: [id(404)] })],
    });
    expect(buildImpactMap(broken).edges).toEqual([]);
  });
});

describe('the chain of a selected node', () => {
  const map = buildImpactMap(doc);

  it('runs from a competence back to its drivers and groups and on to its activities', () => {
    expect(impactChain(map, C1)).toEqual({
      nodeId: C1,
      nodeIds: [D1, D3, T1, C1, A1],
      upstreamIds: [D1, D3, T1],
      downstreamIds: [A1],
      edgeIds: [`${D1}->${C1}`, `${D3}->${C1}`, `${T1}->${C1}`, `${C1}->${A1}`, `${T1}->${A1}`],
    });
  });

  it('runs from a driver to its competences, their activities and who they are for', () => {
    const chain = impactChain(map, D1);
    expect(chain?.upstreamIds).toEqual([]);
    expect(chain?.downstreamIds).toEqual([T1, C1, C2, A1, A3]);
    // Driver 3 shares competence 1 but is not part of driver 1's chain.
    expect(chain?.nodeIds).not.toContain(D3);
  });

  it('runs from an activity back through its competence and group to the why', () => {
    const chain = impactChain(map, A1);
    expect(chain?.upstreamIds).toEqual([D1, D3, T1, C1]);
    expect(chain?.downstreamIds).toEqual([]);
  });

  it('runs from a target group on to what it develops and back to why', () => {
    const chain = impactChain(map, T1);
    expect(chain?.upstreamIds).toEqual([D1, D3]);
    expect(chain?.downstreamIds).toEqual([C1, C2, A1, A3]);
    expect(chain?.nodeIds).not.toContain(T2);
  });

  it('is just the node for something unconnected, and null for an unknown id', () => {
    expect(impactChain(map, D2)).toMatchObject({ nodeIds: [D2], edgeIds: [] });
    expect(impactChain(map, id(404))).toBeNull();
  });
});

describe('gaps in the plan', () => {
  it('flags each kind of gap, in column order, with a reason in both languages', () => {
    const gaps = impactGaps(doc);
    expect(gaps.map((g) => [g.kind, g.nodeId])).toEqual([
      ['driver-without-competence', D2],
      ['target-group-without-competence', T2],
      ['competence-without-activity', C2],
      ['competence-without-activity', C3],
      ['activity-without-competence', A2],
    ]);
    expect(gaps[0]?.message.da).toBe(
      'Baggrunden »Baggrund 2« besvares ikke af nogen kompetence. Knyt den til en kompetence, eller overvej, om den hører til i planen.',
    );
    expect(gaps[0]?.message.en).toContain('“Baggrund 2”');
    expect(gaps[2]?.message.da).toContain('kun aflyste indsatser');
    expect(gaps[3]?.message.da).toContain('Ingen indsats udvikler kompetencen »Kompetence 23«');
    for (const gap of gaps) {
      expect(gap.message.da).toContain(gap.title);
      expect(gap.message.en).toContain(gap.title);
    }
  });

  it('finds no gap in a plan where everything is connected', () => {
    const whole = planDoc({
      drivers: [driver(1)],
      targetGroups: [targetGroup(11)],
      competences: [competence(21, { driverIds: [D1], targetGroupIds: [T1] })],
      activities: [activity(31, { competenceIds: [C1] })],
    });
    expect(impactGaps(whole)).toEqual([]);
  });

  it('finds the example plan complete', () => {
    expect(impactGaps(examplePlan())).toEqual([]);
  });
});

describe('the layout', () => {
  const layout = layoutImpactMap(buildImpactMap(doc));
  const o = DEFAULT_IMPACT_LAYOUT;

  it('puts each layer in its own column and stacks nodes in plan order', () => {
    expect(layout.columns.map((c) => [c.kind, c.x])).toEqual([
      ['driver', 24],
      ['targetGroup', 324],
      ['competence', 624],
      ['activity', 924],
    ]);
    expect(layout.columns[2]?.heading.da).toBe('Hvordan: kompetencer og læringsmål');
    const at = (nodeId: string) => layout.nodes.find((n) => n.id === nodeId);
    expect(at(D1)).toMatchObject({ x: 24, y: 64, width: 220, height: 48 });
    expect(at(D2)).toMatchObject({ x: 24, y: 64 + 48 + 16 });
    // Competence 1 grows by a line per learning objective.
    expect(at(C1)).toMatchObject({ x: 624, y: 64, height: 48 + 2 * 18 });
    expect(at(C2)).toMatchObject({ y: 64 + 84 + 16 });
  });

  it('joins the right side of one node to the left side of the next', () => {
    const edge = layout.edges.find((e) => e.id === `${D1}->${C1}`);
    expect(edge).toMatchObject({ x1: 24 + 220, y1: 64 + 24, x2: 624, y2: 64 + 42 });
  });

  it('is as wide as four columns and as tall as the tallest', () => {
    expect(layout.width).toBe(o.margin * 2 + 4 * o.columnWidth + 3 * o.columnGap);
    // Activities: four nodes of 48 with three gaps of 16 below the heading.
    const activities = 64 + 4 * 48 + 3 * 16;
    const competences = 64 + 84 + 48 + 48 + 2 * 16;
    expect(layout.height).toBe(Math.max(activities, competences) + o.margin);
  });

  it('gives the same picture every time, and honours other sizes', () => {
    expect(layoutImpactMap(buildImpactMap(doc))).toEqual(layout);
    const wide = layoutImpactMap(buildImpactMap(doc), { columnWidth: 300, margin: 0 });
    expect(wide.columns.map((c) => c.x)).toEqual([0, 380, 760, 1140]);
  });

  it('lays out an empty plan as four empty columns', () => {
    const empty = layoutImpactMap(buildImpactMap(planDoc()));
    expect(empty.nodes).toEqual([]);
    expect(empty.height).toBe(o.margin * 2 + o.headerHeight);
  });
});
