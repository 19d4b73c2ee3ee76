// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../src/shared/catalog';
import { ids, planDocument } from '../fixtures';
import { back, findStep, newPlan, next, record, renderGuide, storeRecord, tick } from './helpers';

const NEW_SYSTEMS = catalogEntry('driver', 'new-systems')!;
const SECURITY = catalogEntry('driver', 'security')!;

describe('step 2: why the workplace has to change', () => {
  it('lists the catalogue’s drivers with a short description and creates the ticked ones', async () => {
    storeRecord({ step: 'drivers' });
    const { created } = await renderGuide();
    await findStep(2);
    const list = screen.getByRole('group', { name: 'Baggrunde fra kataloget' });
    expect(within(list).getAllByRole('checkbox')).toHaveLength(6);
    const box = screen.getByRole('checkbox', { name: NEW_SYSTEMS.title.da });
    // Only the first sentence, so six of them fit on a projector.
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    const description = document.getElementById(box.getAttribute('aria-describedby')!)!;
    expect(description.textContent).toBe(
      'Arbejdspladsen indfører et nyt it-system eller en ny teknologi, som mange medarbejdere skal kunne bruge fra første dag.',
    );

    tick(NEW_SYSTEMS.title.da);
    tick(SECURITY.title.da);
    fireEvent.change(
      screen.getByRole('combobox', { name: `Prioritet for »${NEW_SYSTEMS.title.da}«` }),
      {
        target: { value: '1' },
      },
    );
    await next(3);

    expect(created()).toEqual([
      {
        entity: 'driver',
        values: {
          catalogKey: 'new-systems',
          title: NEW_SYSTEMS.title.da,
          description: NEW_SYSTEMS.description.da,
          priority: 1,
        },
      },
      {
        entity: 'driver',
        values: {
          catalogKey: 'security',
          title: SECURITY.title.da,
          description: SECURITY.description.da,
          priority: 2,
        },
      },
    ]);
    expect(record().created.driver).toHaveLength(2);
    // The guide notes where the secretary is once the step is drawn, a moment after it shows.
    await waitFor(() => expect(record().step).toBe('targetGroups'));
  });

  it('copies the catalogue’s text in the plan’s language, not the reader’s', async () => {
    storeRecord({ step: 'drivers' });
    const { api } = await renderGuide(newPlan('en'));
    await findStep(2);
    tick(NEW_SYSTEMS.title.da);
    await next(3);
    expect(api.doc().drivers[0]).toMatchObject({
      title: NEW_SYSTEMS.title.en,
      description: NEW_SYSTEMS.description.en,
    });
  });

  it('takes a driver in the workplace’s own words, added with Enter', async () => {
    storeRecord({ step: 'drivers' });
    const { created } = await renderGuide();
    await findStep(2);
    const field = screen.getByLabelText<HTMLInputElement>('Jeres egen baggrund');
    fireEvent.change(field, { target: { value: 'Sammenlægning af to kontorer' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByRole('checkbox', { name: 'Sammenlægning af to kontorer' })).toBeTruthy();
    expect(field.value).toBe('');
    // Enter added the driver; it did not move the guide on.
    await findStep(2);

    fireEvent.change(field, { target: { value: 'sammenlægning af to kontorer ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj baggrund' }));
    expect(screen.getByText('Den baggrund står allerede på listen.')).toBeTruthy();

    await next(3);
    expect(created()).toEqual([
      {
        entity: 'driver',
        values: {
          catalogKey: null,
          title: 'Sammenlægning af to kontorer',
          description: '',
          priority: 2,
        },
      },
    ]);
  });

  it('asks for at least one driver before moving on, but lets the secretary go back', async () => {
    storeRecord({ step: 'drivers' });
    const { api } = await renderGuide();
    await findStep(2);
    fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
    expect(
      await screen.findByText('Vælg mindst én baggrund – eller spring guiden over.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getAllByRole('checkbox')[0]);
    await back(1);
    expect(api.calls.createEntity).toBeUndefined();
  });

  it('deletes a driver the guide made when it is unticked after going back, and saves a new priority', async () => {
    storeRecord({ step: 'drivers' });
    const { api, deleted } = await renderGuide();
    await findStep(2);
    tick(NEW_SYSTEMS.title.da);
    tick(SECURITY.title.da);
    await next(3);
    const [systems, security] = api.doc().drivers;

    await back(2);
    expect(screen.getByRole('checkbox', { name: NEW_SYSTEMS.title.da })).toHaveProperty(
      'checked',
      true,
    );
    tick(SECURITY.title.da, false);
    fireEvent.change(
      screen.getByRole('combobox', { name: `Prioritet for »${NEW_SYSTEMS.title.da}«` }),
      {
        target: { value: '3' },
      },
    );
    await next(3);

    expect(deleted()).toEqual([{ entity: 'driver', id: security!.id }]);
    expect(api.calls.updateEntity).toEqual([
      { entity: 'driver', id: systems!.id, patch: { priority: 3 } },
    ]);
    expect(api.doc().drivers.map((d) => d.catalogKey)).toEqual(['new-systems']);
    expect(record().created.driver).toEqual([systems!.id]);
  });

  it('leaves drivers it did not make alone: shown ticked, not to be unticked', async () => {
    storeRecord({ step: 'drivers' });
    const doc = newPlan();
    doc.drivers = [structuredClone(planDocument.drivers[0]!)];
    const { api } = await renderGuide(doc);
    await findStep(2);
    const box = screen.getByRole('checkbox', { name: 'Nye systemer og teknologier' });
    expect(box).toHaveProperty('checked', true);
    expect(box).toHaveProperty('disabled', true);
    expect(screen.getAllByText('Står allerede i planen')).toHaveLength(1);
    await next(3);
    await waitFor(() => expect(api.calls.createEntity).toBeUndefined());
    expect(api.doc().drivers.map((d) => d.id)).toEqual([ids.newSystems]);
  });
});
