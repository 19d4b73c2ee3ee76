// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { back, findStep, newPlan, next, record, renderGuide, storeRecord } from './helpers';

function row(number: number): HTMLElement {
  return screen.getByRole('group', { name: `Målgruppe ${String(number)}` });
}

describe('step 3: for whom', () => {
  it('adds groups from the quick choices with a headcount and creates them', async () => {
    storeRecord({ step: 'targetGroups' });
    const { created } = await renderGuide();
    await findStep(3);

    fireEvent.click(screen.getByRole('button', { name: 'Tilføj målgruppen »Sagsbehandlere«' }));
    // Focus goes to the headcount: the name is already there.
    const headcount = within(row(1)).getByLabelText('Antal medarbejdere');
    expect(document.activeElement).toBe(headcount);
    fireEvent.change(headcount, { target: { value: '1.200' } });
    expect(screen.queryByRole('button', { name: 'Tilføj målgruppen »Sagsbehandlere«' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tilføj en anden målgruppe' }));
    const name = within(row(2)).getByLabelText(/^Navn/);
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: 'Teamkoordinatorer' } });
    await next(4);

    expect(created()).toEqual([
      { entity: 'targetGroup', values: { name: 'Sagsbehandlere', headcount: 1200 } },
      { entity: 'targetGroup', values: { name: 'Teamkoordinatorer', headcount: null } },
    ]);
    expect(record().created.targetGroup).toHaveLength(2);
  });

  it('names the quick choices in the plan’s language', async () => {
    storeRecord({ step: 'targetGroups' });
    await renderGuide(newPlan('en'));
    await findStep(3);
    expect(screen.getByRole('button', { name: 'Tilføj målgruppen »Caseworkers«' })).toBeTruthy();
  });

  it('asks for a name and a whole headcount, and for at least one group', async () => {
    storeRecord({ step: 'targetGroups' });
    const { api } = await renderGuide();
    await findStep(3);
    fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
    expect(await screen.findByText('Tilføj mindst én målgruppe.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tilføj en anden målgruppe' }));
    fireEvent.change(within(row(1)).getByLabelText('Antal medarbejdere'), {
      target: { value: '2,5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
    expect(await screen.findByText('Skriv et navn på målgruppen.')).toBeTruthy();
    expect(screen.getByText('Skriv et helt tal, fx 25.')).toBeTruthy();
    expect(document.activeElement).toBe(within(row(1)).getByLabelText(/^Navn/));
    expect(api.calls.createEntity).toBeUndefined();
  });

  it('stops at five groups', async () => {
    storeRecord({ step: 'targetGroups' });
    await renderGuide();
    await findStep(3);
    for (let i = 0; i < 5; i += 1) {
      fireEvent.click(screen.getByRole('button', { name: 'Tilføj en anden målgruppe' }));
    }
    expect(screen.queryByRole('button', { name: 'Tilføj en anden målgruppe' })).toBeNull();
    expect(screen.getByText(/Guiden tager op til 5 målgrupper/)).toBeTruthy();
  });

  it('renames, recounts and deletes the groups it made when the secretary comes back', async () => {
    storeRecord({ step: 'targetGroups' });
    const { api, deleted } = await renderGuide();
    await findStep(3);
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj målgruppen »Sagsbehandlere«' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj målgruppen »Ledere«' }));
    await next(4);
    const [caseworkers, leaders] = api.doc().targetGroups;

    await back(3);
    expect(within(row(1)).getByLabelText<HTMLInputElement>(/^Navn/).value).toBe('Sagsbehandlere');
    fireEvent.change(within(row(1)).getByLabelText('Antal medarbejdere'), {
      target: { value: '40' },
    });
    fireEvent.click(within(row(2)).getByRole('button', { name: 'Fjern målgruppe 2' }));
    await next(4);

    expect(deleted()).toEqual([{ entity: 'targetGroup', id: leaders!.id }]);
    expect(api.calls.updateEntity).toEqual([
      { entity: 'targetGroup', id: caseworkers!.id, patch: { headcount: 40 } },
    ]);
    expect(api.doc().targetGroups.map((g) => g.name)).toEqual(['Sagsbehandlere']);
  });
});
