// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompetencesSection } from '../../../src/renderer/screens/plan/CompetencesSection';
import { DriversSection } from '../../../src/renderer/screens/plan/DriversSection';
import { MethodsSection } from '../../../src/renderer/screens/plan/MethodsSection';
import { ids, planDocument } from '../fixtures';
import { renderWithPlan } from './render-section';

const card = (title: string) =>
  screen.getByRole('heading', { level: 3, name: title }).closest('li')!;

describe('editing drivers, competences and methods', () => {
  it('saves a driver’s local situation and priority', async () => {
    const { api } = await renderWithPlan(<DriversSection />, planDocument);
    const driver = card('Effektivisering og automatisering');
    const situation = within(driver).getByRole('textbox', { name: 'Den lokale situation' });
    fireEvent.change(situation, { target: { value: 'Tre teams skal dele én postkasse.' } });
    fireEvent.blur(situation);
    await waitFor(() => expect(api.edits.updateEntity).toHaveLength(1));
    expect(api.edits.updateEntity[0]).toEqual({
      entity: 'driver',
      id: ids.efficiency,
      patch: { description: 'Tre teams skal dele én postkasse.' },
    });
    fireEvent.change(within(driver).getByRole('combobox', { name: 'Prioritet' }), {
      target: { value: '0' },
    });
    await waitFor(() => expect(api.edits.updateEntity).toHaveLength(2));
    expect(api.edits.updateEntity[1]?.patch).toEqual({ priority: 1 });
  });

  it('moves a competence down and keeps focus on the button', async () => {
    const { api } = await renderWithPlan(<CompetencesSection />, planDocument);
    const down = within(card('Optimering af arbejdsgange')).getByRole('button', {
      name: 'Flyt ned: Optimering af arbejdsgange',
    });
    down.focus();
    fireEvent.click(down);
    await waitFor(() => expect(api.edits.reorderEntities).toHaveLength(1));
    expect(api.edits.reorderEntities[0]).toEqual({
      entity: 'competence',
      ids: [ids.security, ids.workflows],
    });
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
        'IT-sikkerhed',
        'Optimering af arbejdsgange',
      ]),
    );
    expect(document.activeElement?.textContent).toContain('Flyt ned');
    // At the end of the list the button says so instead of moving anything.
    expect(document.activeElement?.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(document.activeElement!);
    expect(api.edits.reorderEntities).toHaveLength(1);
  });

  it('deletes a method without asking and moves focus to the next one', async () => {
    const { api } = await renderWithPlan(<MethodsSection />, planDocument);
    fireEvent.click(
      within(card('Train the trainer')).getByRole('button', { name: 'Slet: Train the trainer' }),
    );
    await waitFor(() => expect(api.edits.deleteEntity).toHaveLength(1));
    expect(api.edits.deleteEntity[0]).toEqual({ entity: 'method', id: ids.trainer });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { level: 3, name: 'Sprints' }),
      ),
    );
  });

  it('moves focus to the screen’s heading when the last card is deleted', async () => {
    const doc = structuredClone(planDocument);
    doc.drivers = doc.drivers.slice(0, 1);
    // A plan file cannot hold a link to a driver it does not have.
    for (const c of doc.competences)
      c.driverIds = c.driverIds.filter((id) => id !== ids.efficiency);
    const { api } = await renderWithPlan(<DriversSection />, doc);
    fireEvent.click(screen.getByRole('button', { name: 'Slet: Nye systemer og teknologier' }));
    await waitFor(() => expect(api.edits.deleteEntity).toHaveLength(1));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { level: 2, name: 'Baggrunde' }),
      ),
    );
    expect(screen.getByText('Der er endnu ingen baggrunde.')).toBeTruthy();
  });

  it('says which competences use a method', async () => {
    await renderWithPlan(<MethodsSection />, planDocument);
    expect(
      within(card('Sprints')).getByText('Bruges til: Optimering af arbejdsgange.'),
    ).toBeTruthy();
  });

  it('shows a read-only plan as text, without buttons that would be refused', async () => {
    await renderWithPlan(<CompetencesSection />, planDocument, { readOnly: true });
    const competence = card('Optimering af arbejdsgange');
    expect(within(competence).queryByRole('textbox')).toBeNull();
    expect(within(competence).queryByRole('button', { name: /Flyt|Slet|Brug/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tilføj kompetence…' })).toBeNull();
    expect(within(competence).getByText('Kan kortlægge egen arbejdsgang')).toBeTruthy();
  });
});
