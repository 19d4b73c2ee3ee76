// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids, planDocument } from '../fixtures';
import { openCore } from '../real-core';
import { renderApp } from '../render-app';

describe('filing a team’s plan, with the desktop’s file dialog', () => {
  it('asks which target group is the team when no team workshop says, and files the one chosen', async () => {
    const core = await openCore({ plan: planDocument, desktop: true });
    // A copy of the plan with two target groups and no workshop: the team is the user's choice.
    const source = core.writePlan('Teamets kopi.omstil', planDocument);
    core.dialogAnswers.push(source);
    renderApp(core);
    // Beside the workshops, since a team's plan is what its group development talk made.
    fireEvent.click(await screen.findByRole('button', { name: 'Workshop' }));
    const chooser = await screen.findByRole('dialog', { name: 'Start en workshop' });
    fireEvent.click(within(chooser).getByRole('button', { name: 'Indsæt et teams plan…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Indsæt et teams plan' });
    const team = await within(dialog).findByLabelText<HTMLSelectElement>('Teamet');
    expect(team.value).toBe('');
    expect(within(dialog).getByRole('option', { name: 'Vælg teamet' })).toBeTruthy();
    const file = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Indsæt i planen' });
    expect(file.disabled).toBe(true);
    expect(within(dialog).queryByRole('region')).toBeNull();

    fireEvent.change(team, { target: { value: ids.caseworkers } });
    const found = await within(dialog).findByRole('region', { name: /^Findes allerede i planen/ });
    expect(within(found).getAllByRole('listitem')[0]?.textContent).toBe(
      'Målgruppe Sagsbehandlere – samme post (teamets plan er en kopi af denne plan)',
    );
    const added = within(dialog).getByRole('region', { name: 'Tilføjes (0)' });
    expect(added.textContent).toContain('Intet – planen har det hele i forvejen.');
    expect(file.disabled).toBe(false);

    fireEvent.click(file);
    expect(await screen.findByText(/^Teamets plan er indsat: 0 tilføjet/)).toBeTruthy();
    expect(core.calls.fileTeamPlan).toEqual([{ sourcePath: source, teamId: ids.caseworkers }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
