// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serializeSvg } from '../../../src/renderer/screens/impact/export-image';
import { buildImpactMap, impactChain } from '../../../src/shared/impact';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Activity, Competence } from '../../../src/shared/model/entities';
import { ids, planDocument } from '../fixtures';
import { TODAY } from './fixture';
import { normalise, openStep } from './render';

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const gapIds = {
  bigData: uuid(101),
  lawyers: uuid(102),
  dataLeadership: uuid(103),
  themeDay: uuid(104),
  onlyCancelled: uuid(105),
  cancelledCourse: uuid(106),
};
const competence = planDocument.competences[1] as Competence;
const activity = planDocument.activities[1] as Activity;

/** The fixture plan with one loose end of every kind, and a competence served only by a cancellation. */
const gapDocument: PlanDocument = {
  ...planDocument,
  drivers: [
    ...planDocument.drivers,
    { ...planDocument.drivers[1]!, id: gapIds.bigData, catalogKey: 'data', title: 'Big data' },
  ],
  targetGroups: [
    ...planDocument.targetGroups,
    { ...planDocument.targetGroups[1]!, id: gapIds.lawyers, name: 'Jurister' },
  ],
  competences: [
    ...planDocument.competences,
    { ...competence, id: gapIds.dataLeadership, title: 'Datadrevet ledelse' },
    { ...competence, id: gapIds.onlyCancelled, title: 'Klarsprog i digitale breve' },
  ],
  activities: [
    ...planDocument.activities,
    {
      ...activity,
      id: gapIds.themeDay,
      title: 'Temadag om kunstig intelligens',
      competenceIds: [],
    },
    {
      ...activity,
      id: gapIds.cancelledCourse,
      title: 'Kursus i klarsprog',
      competenceIds: [gapIds.onlyCancelled],
      status: 'cancelled',
    },
  ],
};

const map = () => screen.getByRole('group', { name: /^Virkningskort over/ });
const node = (name: RegExp) => within(map()).getByRole('button', { name });

describe('the impact map', () => {
  it('draws why → who → how → what with every node named, objectives in full, and one tab stop', async () => {
    await openStep('Virkningskort', planDocument, { today: TODAY });
    expect(map().getAttribute('aria-label')).toBe(
      'Virkningskort over baggrunde, målgrupper, kompetencer og indsatser. 0 huller i planen er markeret.',
    );
    const nodes = within(map()).getAllByRole('button');
    expect(nodes).toHaveLength(2 + 2 + 2 + 2);
    expect(nodes.filter((n) => n.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(node(/^Kompetence: Optimering/).getAttribute('aria-label')).toBe(
      'Kompetence: Optimering af arbejdsgange. 2 læringsmål: Kan kortlægge egen arbejdsgang; Kan foreslå én forenkling pr. kvartal.',
    );
    // The objectives are the committee's own words: drawn whole, over as many lines as they need.
    const objectives = node(/^Kompetence: Optimering/).querySelectorAll('text')[1]!;
    const lines = [...objectives.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(lines.join(' ')).toBe(
      '• Kan kortlægge egen arbejdsgang • Kan foreslå én forenkling pr. kvartal',
    );
    expect(lines.length).toBeGreaterThan(2);
    expect(screen.getByRole('region', { name: 'Huller i planen (0)' }).textContent).toContain(
      'Ingen huller',
    );
  });

  it('highlights the chain of a selected node, and clears it again', async () => {
    await openStep('Virkningskort', planDocument, { today: TODAY });
    const chosen = node(/^Kompetence: Optimering/);
    fireEvent.click(chosen);
    expect(chosen.getAttribute('aria-pressed')).toBe('true');
    const chain = impactChain(buildImpactMap(planDocument), ids.workflows)!;
    expect(chain.nodeIds).toEqual(
      [ids.caseworkers, ids.newSystems, ids.efficiency, ids.workflows, ids.superusers].sort(
        (a, b) => chain.nodeIds.indexOf(a) - chain.nodeIds.indexOf(b),
      ),
    );
    for (const n of within(map()).getAllByRole('button')) {
      const id = n.getAttribute('data-node-id') ?? '';
      expect(n.getAttribute('opacity')).toBe(chain.nodeIds.includes(id) ? '1' : '0.4');
    }
    const lit = [...map().querySelectorAll('path')].filter(
      (p) => p.getAttribute('stroke') === '#0059b3',
    );
    expect(lit).toHaveLength(chain.edgeIds.length);
    expect(normalise(screen.getByText(/^Valgt:/).textContent)).toBe(
      'Valgt: Optimering af arbejdsgange. ' +
        'Baggrunde: Nye systemer og teknologier og Effektivisering og automatisering. ' +
        'Målgrupper: Sagsbehandlere. ' +
        'Indsatser: Superbrugeruddannelse i sagsbehandlingssystemet.',
    );
    fireEvent.click(chosen);
    expect(chosen.getAttribute('aria-pressed')).toBe('false');
    expect(
      within(map())
        .getAllByRole('button')
        .every((n) => n.getAttribute('opacity') === '1'),
    ).toBe(true);
  });

  it('moves between nodes with the arrow keys and selects with Enter', async () => {
    await openStep('Virkningskort', planDocument, { today: TODAY });
    const first = node(/^Baggrund: Nye systemer/);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(node(/^Baggrund: Effektivisering/));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Målgruppe: /);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Indsats: /);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(node(/^Indsats: Superbrugeruddannelse/));
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(node(/^Indsats: Superbrugeruddannelse/).getAttribute('aria-pressed')).toBe('true');
    expect(normalise(screen.getByText(/^Valgt:/).textContent)).toContain(
      'Kompetencer: Optimering af arbejdsgange.',
    );
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByText(/^Valgt:/)).toBeNull();
  });

  it('lists each kind of gap on a plan made to have them and flags the nodes on the map', async () => {
    await openStep('Virkningskort', gapDocument, { today: TODAY });
    const gaps = screen.getByRole('region', { name: 'Huller i planen (5)' });
    const items = within(gaps).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-gap-kind'))).toEqual([
      'driver-without-competence',
      'target-group-without-competence',
      'competence-without-activity',
      'competence-without-activity',
      'activity-without-competence',
    ]);
    expect(items.map((i) => normalise(i.textContent))).toEqual([
      '⚠ Baggrund uden kompetenceBaggrunden »Big data« besvares ikke af nogen kompetence. Knyt den til en kompetence, eller overvej, om den hører til i planen.Vis på kortet',
      '⚠ Målgruppe uden kompetenceMålgruppen »Jurister« har ingen kompetencer i planen. Vælg, hvad målgruppen skal udvikle, eller fjern den.Vis på kortet',
      '⚠ Kompetence uden indsatsIngen indsats udvikler kompetencen »Datadrevet ledelse«. Planlæg en indsats, eller knyt en eksisterende indsats til kompetencen.Vis på kortet',
      '⚠ Kompetence uden indsatsKompetencen »Klarsprog i digitale breve« har kun aflyste indsatser. Planlæg en ny indsats, hvis kompetencen stadig skal udvikles.Vis på kortet',
      '⚠ Indsats uden kompetenceIndsatsen »Temadag om kunstig intelligens« er ikke knyttet til nogen kompetence, så det fremgår ikke, hvad den skal udvikle.Vis på kortet',
    ]);
    expect(map().getAttribute('aria-label')).toContain('5 huller i planen er markeret.');
    for (const id of Object.values(gapIds).filter((i) => i !== gapIds.cancelledCourse)) {
      const flagged = map().querySelector(`[data-node-id="${id}"]`)!;
      expect(flagged.getAttribute('aria-label')).toContain('Hul i planen:');
      expect(flagged.querySelector('rect')?.getAttribute('stroke-dasharray')).toBe('5 3');
    }
    expect(node(/^Kompetence: Optimering/).getAttribute('aria-label')).not.toContain('Hul');
    expect(node(/^Indsats: Aflyst: Kursus i klarsprog\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: '5 huller i planen' }).getAttribute('href')).toBe(
      '#impact-gaps',
    );

    fireEvent.click(within(gaps).getByRole('button', { name: 'Vis »Jurister« på kortet' }));
    expect(node(/^Målgruppe: Jurister/).getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(node(/^Målgruppe: Jurister/)));
  });

  it('shows the map as a table of competences on request', async () => {
    await openStep('Virkningskort', planDocument, { today: TODAY });
    fireEvent.click(screen.getByRole('button', { name: 'Vis som tabel' }));
    expect(screen.queryByRole('group', { name: /^Virkningskort over/ })).toBeNull();
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .map((r) => normalise(r.textContent));
    expect(rows[1]).toBe(
      'Optimering af arbejdsgange' +
        'Kan kortlægge egen arbejdsgangKan foreslå én forenkling pr. kvartal' +
        'Nye systemer og teknologier og Effektivisering og automatisering' +
        'Sagsbehandlere' +
        'Superbrugeruddannelse i sagsbehandlingssystemet',
    );
    expect(screen.queryByRole('button', { name: 'Gem som SVG' })).toBeNull();
  });

  it('saves a copy of the map that stands alone: no tab stops, no focus ring, its own namespace', async () => {
    await openStep('Virkningskort', planDocument, { today: TODAY });
    const first = node(/^Baggrund: Nye systemer/);
    first.focus();
    // jsdom does not send focusin for SVG elements; Chromium does.
    fireEvent.focusIn(first);
    expect(map().querySelector('[data-focus-ring]')).not.toBeNull();
    const text = serializeSvg(map() as unknown as SVGSVGElement);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain('Optimering af arbejdsgange');
    expect(text).not.toContain('tabindex');
    expect(text).not.toContain('data-focus-ring');
    expect(text).not.toContain('class=');
  });
});
