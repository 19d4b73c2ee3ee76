// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNTED_ABOVE } from '../../../src/shared/impact';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Activity, Competence } from '../../../src/shared/model/entities';
import { planDocument } from '../fixtures';
import { TODAY } from './fixture';
import { normalise, openStep } from './render';

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [workflows, security] = planDocument.competences as [Competence, Competence];
const model = planDocument.activities[0] as Activity;
const LOOSE = 3;

/** One activity over the threshold: every other one for each competence, the last few for none. */
const largeDocument: PlanDocument = {
  ...planDocument,
  activities: Array.from({ length: COUNTED_ABOVE + 1 }, (_, i) => ({
    ...model,
    id: uuid(1000 + i),
    title: `Kursus i sagsbehandling, hold ${String(i + 1)}`,
    competenceIds: i >= COUNTED_ABOVE + 1 - LOOSE ? [] : [i % 2 === 0 ? workflows.id : security.id],
    targetGroupIds: [],
  })),
};
const forWorkflows = Math.ceil((COUNTED_ABOVE + 1 - LOOSE) / 2);
const forSecurity = COUNTED_ABOVE + 1 - LOOSE - forWorkflows;

const map = () => screen.getByRole('group', { name: /^Virkningskort over/ });
const node = (name: RegExp) => within(map()).getByRole('button', { name });

describe('the impact map of a plan with more activities than a map can show one by one', () => {
  it('draws one node per competence saying how many activities serve it, and none per activity', async () => {
    await openStep('Virkningskort', largeDocument, { today: TODAY });
    const names = within(map())
      .getAllByRole('button')
      .map((n) => n.getAttribute('aria-label') ?? '');
    expect(names.filter((n) => /hold \d+/.test(n))).toEqual([]);
    expect(names.filter((n) => /^Indsats: /.test(n))).toEqual([]);
    expect(names.filter((n) => /indsatser udvikler kompetencen/.test(n))).toEqual([
      `${String(forWorkflows)} indsatser udvikler kompetencen »${workflows.title}«.`,
      `${String(forSecurity)} indsatser udvikler kompetencen »${security.title}«.`,
    ]);
    const loose = node(/^Hul i planen: 3 indsatser er ikke knyttet/);
    expect([...loose.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')).toBe(
      '3 indsatser uden kompetence',
    );
    expect(within(map()).queryByText(/hold \d+/)).toBeNull();
    expect(normalise(screen.getByText(/^Da planen har/).textContent)).toBe(
      `Da planen har ${String(COUNTED_ABOVE + 1)} indsatser, viser kortet ikke hver indsats for sig, ` +
        'men hvor mange der udvikler hver kompetence – listen over indsatser har dem alle.',
    );
  });

  it('lists the activities without a competence as one gap that leads to their counting node', async () => {
    await openStep('Virkningskort', largeDocument, { today: TODAY });
    const gaps = screen.getByRole('region', { name: 'Huller i planen (1)' });
    const [item] = within(gaps).getAllByRole('listitem');
    expect(normalise(item!.textContent)).toBe(
      '⚠ Indsats uden kompetence' +
        '3 indsatser er ikke knyttet til nogen kompetence, så det fremgår ikke, hvad de skal udvikle. ' +
        'De står alle i listen over indsatser.' +
        'Vis på kortet',
    );
    fireEvent.click(
      within(item!).getByRole('button', { name: 'Vis »3 indsatser uden kompetence« på kortet' }),
    );
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toMatch(
        /^Hul i planen: 3 indsatser/,
      ),
    );
  });

  it('reaches the counting nodes by keyboard and lights up their chain', async () => {
    await openStep('Virkningskort', largeDocument, { today: TODAY });
    const competence = node(new RegExp(`^Kompetence: ${workflows.title}`));
    competence.focus();
    fireEvent.keyDown(competence, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/indsatser udvikler/);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      `${String(forWorkflows)} indsatser udvikler kompetencen »${workflows.title}«.`,
    );
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(document.activeElement?.getAttribute('aria-pressed')).toBe('true');
    expect(competence.getAttribute('opacity')).toBe('1');
    expect(node(new RegExp(`^Kompetence: ${security.title}`)).getAttribute('opacity')).toBe('0.4');
    expect(normalise(screen.getByText(/^Valgt:/).textContent)).toBe(
      `Valgt: ${String(forWorkflows)} indsatser. ` +
        `Baggrunde: ${planDocument.drivers
          .filter((d) => workflows.driverIds.includes(d.id))
          .map((d) => d.title)
          .join(' og ')}. ` +
        `Målgrupper: ${planDocument.targetGroups
          .filter((g) => workflows.targetGroupIds.includes(g.id))
          .map((g) => g.name)
          .join(' og ')}. ` +
        `Kompetencer: ${workflows.title}.`,
    );
  });

  it('counts the activities in the table too', async () => {
    await openStep('Virkningskort', largeDocument, { today: TODAY });
    fireEvent.click(screen.getByRole('button', { name: 'Vis som tabel' }));
    const table = screen.getByRole('table');
    expect(within(table).queryByText(/hold \d+/)).toBeNull();
    const rows = within(table).getAllByRole('row');
    expect(normalise(rows[1]!.lastElementChild?.textContent)).toBe(
      `${String(forWorkflows)} indsatser`,
    );
  });
});
