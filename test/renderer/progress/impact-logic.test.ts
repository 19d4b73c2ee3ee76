import { describe, expect, it } from 'vitest';
import { impactFigures } from '../../../src/renderer/screens/impact/impact-figures';
import {
  MAP_KEYS,
  neighbour,
  type MapKey,
} from '../../../src/renderer/screens/impact/impact-navigation';
import { SCREEN_LAYOUT } from '../../../src/renderer/screens/impact/layout-options';
import { BULLET, objectiveLines } from '../../../src/renderer/screens/impact/objective-lines';
import { safeFileName } from '../../../src/renderer/screens/impact/export-image';
import { fitText, wrapAll, wrapText } from '../../../src/renderer/screens/progress/charts/text-fit';
import { buildImpactMap, layoutImpactMap, type PlacedNode } from '../../../src/shared/impact';
import { emptyDocument, ids, planDocument } from '../fixtures';

const layout = layoutImpactMap(buildImpactMap(planDocument), SCREEN_LAYOUT);

describe('moving about the impact map with the keys', () => {
  it('goes up and down a column and stops at its ends', () => {
    expect(neighbour(layout.nodes, ids.newSystems, 'ArrowDown')).toBe(ids.efficiency);
    expect(neighbour(layout.nodes, ids.efficiency, 'ArrowDown')).toBeNull();
    expect(neighbour(layout.nodes, ids.newSystems, 'ArrowUp')).toBeNull();
    expect(neighbour(layout.nodes, ids.phishing, 'Home')).toBe(ids.superusers);
    expect(neighbour(layout.nodes, ids.superusers, 'End')).toBe(ids.phishing);
  });

  it('goes left and right to the nearest node at the same height', () => {
    expect(neighbour(layout.nodes, ids.newSystems, 'ArrowRight')).toBe(ids.caseworkers);
    expect(neighbour(layout.nodes, ids.efficiency, 'ArrowRight')).toBe(ids.leaders);
    expect(neighbour(layout.nodes, ids.superusers, 'ArrowLeft')).toBe(ids.workflows);
    expect(neighbour(layout.nodes, ids.superusers, 'ArrowRight')).toBeNull();
  });

  it('skips an empty column', () => {
    const noGroups = { ...planDocument, targetGroups: [] };
    const nodes = layoutImpactMap(buildImpactMap(noGroups), SCREEN_LAYOUT).nodes;
    expect(neighbour(nodes, ids.newSystems, 'ArrowRight')).toBe(ids.workflows);
    expect(
      neighbour(layoutImpactMap(buildImpactMap(emptyDocument('x'))).nodes, 'x', 'ArrowUp'),
    ).toBeNull();
  });

  it('fits the map in the planner’s content column at 1280 × 720', () => {
    expect(layout.width).toBeLessThanOrEqual(1000);
  });
});

describe('text in SVG', () => {
  it('cuts a label to its width with an ellipsis and wraps it over lines', () => {
    expect(fitText('Kort', 100, 14)).toBe('Kort');
    expect(fitText('En meget lang titel på en indsats', 80, 14)).toBe('En meget…');
    expect(wrapText('Sagsbehandling i det nye sagsbehandlingssystem', 184, 13, 2)).toEqual([
      'Sagsbehandling i det nye',
      'sagsbehandlingssystem',
    ]);
    expect(wrapText('Et to tre fire fem seks syv otte ni ti elleve', 60, 13, 2)).toEqual([
      'Et to',
      'tre fir…',
    ]);
  });

  it('makes a file name every file system accepts', () => {
    expect(safeFileName('Impact map – Plan: 2026/2027?', 'Impact map')).toBe(
      'Impact map – Plan 2026 2027',
    );
    expect(safeFileName(' \u0007 ', 'Impact map')).toBe('Impact map');
  });
});

describe('learning objectives on the screen’s map', () => {
  it('wraps an objective over as many lines as it needs, and splits a word wider than a line', () => {
    const objective = 'Kan oprette, fordele og afslutte en sag i det nye system uden hjælp.';
    const lines = wrapAll(objective, 184, 12);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(objective);
    expect(lines.every((line) => line.length <= 27)).toBe(true);
    expect(wrapAll('Sagsbehandlingssystemsopgraderingsprojektet', 60, 12)).toEqual([
      'Sagsbeha',
      'ndlingss',
      'ystemsop',
      'graderin',
      'gsprojek',
      'tet',
    ]);
    expect(wrapAll('  ', 60, 12)).toEqual([]);
  });

  it('makes each competence box tall enough for every line, and no box runs into the next', () => {
    const long = {
      ...planDocument,
      competences: planDocument.competences.map((c) => ({
        ...c,
        learningObjectives: [
          'Kan oprette, fordele og afslutte en sag i det nye system uden hjælp.',
          'Kan vise en kollega, hvordan en sag findes.',
        ],
      })),
    };
    const { layout, objectives } = impactFigures(long);
    const width = SCREEN_LAYOUT.columnWidth ?? 0;
    for (const n of layout.nodes.filter((node) => node.kind === 'competence')) {
      const lines = objectives.get(n.id)!;
      expect(lines).toEqual(objectiveLines(n.learningObjectives, width));
      expect(lines.map((l) => l.join(' '))).toEqual(
        n.learningObjectives.map((o) => `${BULLET}${o}`),
      );
      const count = lines.reduce((sum, l) => sum + l.length, 0);
      expect(count).toBeGreaterThan(n.learningObjectives.length);
      expect(n.height).toBe(
        (SCREEN_LAYOUT.nodeHeight ?? 0) + count * (SCREEN_LAYOUT.objectiveLineHeight ?? 0),
      );
    }
    for (const column of [0, 1, 2, 3]) {
      const boxes = layout.nodes.filter((n) => n.column === column);
      boxes.slice(1).forEach((n, i) => {
        const above = boxes[i]!;
        expect(n.y).toBe(above.y + above.height + (SCREEN_LAYOUT.rowGap ?? 0));
      });
    }
    expect(layout.height).toBeGreaterThanOrEqual(
      Math.max(...layout.nodes.map((n) => n.y + n.height)),
    );
  });
});

describe('the keys on a large map', () => {
  /** The way `neighbour` found its way before it kept each layout's columns: the oracle. */
  function neighbourOracle(nodes: readonly PlacedNode[], currentId: string, key: MapKey) {
    const current = nodes.find((n) => n.id === currentId);
    if (!current) return nodes[0]?.id ?? null;
    const column = (c: number) => nodes.filter((n) => n.column === c).sort((a, b) => a.row - b.row);
    const own = column(current.column);
    const at = own.indexOf(current);
    if (key === 'ArrowUp') return own[at - 1]?.id ?? null;
    if (key === 'ArrowDown') return own[at + 1]?.id ?? null;
    if (key === 'Home') return own[0]?.id ?? null;
    if (key === 'End') return own[own.length - 1]?.id ?? null;
    const step = key === 'ArrowLeft' ? -1 : 1;
    const middle = (n: PlacedNode) => n.y + n.height / 2;
    const columns = Math.max(...nodes.map((n) => n.column)) + 1;
    for (let c = current.column + step; c >= 0 && c < columns; c += step) {
      const candidates = column(c);
      if (candidates.length === 0) continue;
      return candidates.reduce((best, n) =>
        Math.abs(middle(n) - middle(current)) < Math.abs(middle(best) - middle(current)) ? n : best,
      ).id;
    }
    return null;
  }

  it('goes where it went before, from every node with every key', () => {
    const activities = Array.from({ length: 60 }, (_, i) => ({
      ...planDocument.activities[i % 2]!,
      id: `30000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const nodes = impactFigures({ ...planDocument, activities, targetGroups: [] }).layout.nodes;
    for (const n of [...nodes, { ...nodes[0]!, id: 'not-on-the-map' }]) {
      for (const key of MAP_KEYS as MapKey[]) {
        expect(neighbour(nodes, n.id, key)).toBe(neighbourOracle(nodes, n.id, key));
      }
    }
  });
});
