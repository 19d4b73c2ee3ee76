import { describe, expect, it } from 'vitest';
import { neighbour } from '../../../src/renderer/screens/impact/impact-navigation';
import { SCREEN_LAYOUT } from '../../../src/renderer/screens/impact/layout-options';
import { safeFileName } from '../../../src/renderer/screens/impact/export-image';
import { fitText, wrapText } from '../../../src/renderer/screens/progress/charts/text-fit';
import { buildImpactMap, layoutImpactMap } from '../../../src/shared/impact';
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
