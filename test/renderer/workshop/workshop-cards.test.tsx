// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/renderer/store';
import { planDocument } from '../fixtures';
import { openCore } from '../real-core';
import { renderApp } from '../render-app';

async function startSuWorkshop(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: 'Workshop' }));
  const chooser = await screen.findByRole('dialog', { name: 'Start en workshop' });
  fireEvent.click(
    within(chooser).getByRole('button', { name: 'Start »Workshop i samarbejdsudvalget«' }),
  );
  return screen.findByRole('dialog', { name: 'Workshop i samarbejdsudvalget' });
}

const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });

/** Types an idea into the focused field and presses Enter, as the facilitator does. */
async function enterIdea(workshop: HTMLElement, text: string) {
  const field = within(workshop).getByRole('textbox', { name: 'Ny idé' });
  expect(document.activeElement).toBe(field);
  fireEvent.change(field, { target: { value: text } });
  press('Enter');
  await within(workshop).findByText(text, { selector: '.workshop-idea-text' });
  await waitFor(() => expect((field as HTMLInputElement).value).toBe(''));
  expect(document.activeElement).toBe(field);
}

const cardOf = (workshop: HTMLElement, text: string) =>
  within(workshop).getByRole('article', { name: text });
const stepTitle = (workshop: HTMLElement) =>
  workshop.querySelector('.workshop-step-title')?.textContent;

describe('workshop cards', () => {
  it('takes ideas by keyboard, with the step’s kind or another, changed on the card too', async () => {
    const core = await openCore({ plan: planDocument });
    renderApp(core);
    const workshop = await startSuWorkshop();
    press('2');
    expect(stepTitle(workshop)).toBe('Baggrunde og udfordringer');
    within(workshop).getByRole('textbox', { name: 'Ny idé' }).focus();

    // The step's kind to begin with; another chosen beside the field holds for the next cards.
    const kind = within(workshop).getByRole('combobox', { name: 'Art' });
    expect((kind as HTMLSelectElement).value).toBe('driver');
    fireEvent.change(kind, { target: { value: 'idea' } });
    within(workshop).getByRole('textbox', { name: 'Ny idé' }).focus();
    await enterIdea(workshop, 'Fælles kalender for kurser');
    expect(core.doc().workshopCards).toMatchObject([
      { stepId: 'su-drivers', kind: 'idea', text: 'Fælles kalender for kurser', parked: false },
    ]);
    // An idea is not taken into the plan before it is said what it is; its kind is changed on it.
    const idea = cardOf(workshop, 'Fælles kalender for kurser');
    expect(within(idea).queryByRole('button', { name: 'Tag med i planen' })).toBeNull();
    fireEvent.change(within(idea).getByRole('combobox', { name: 'Art' }), {
      target: { value: 'activity' },
    });
    await waitFor(() =>
      expect(within(idea).getByRole('button', { name: 'Tag med i planen' })).toBeTruthy(),
    );
    expect(core.doc().workshopCards).toMatchObject([{ kind: 'activity' }]);
  });

  it('parks ideas from two steps, lists them in the parking lot opened with P, and takes one back', async () => {
    const core = await openCore({ plan: planDocument });
    renderApp(core);
    const workshop = await startSuWorkshop();
    press('2');
    within(workshop).getByRole('textbox', { name: 'Ny idé' }).focus();
    await enterIdea(workshop, 'Fælles kalender for kurser');
    const idea = cardOf(workshop, 'Fælles kalender for kurser');

    // Parked, it leaves the step; focus is back in the field for the next idea.
    fireEvent.click(within(idea).getByRole('button', { name: 'Parkér' }));
    await waitFor(() =>
      expect(within(workshop).queryByRole('article', { name: /kalender/ })).toBeNull(),
    );
    expect(document.activeElement).toBe(within(workshop).getByRole('textbox', { name: 'Ny idé' }));

    // Another step, another parked idea; P (outside a field) opens the lot with both.
    within(workshop).getByRole('heading', { name: 'Baggrunde og udfordringer' }).focus();
    press('ArrowRight');
    expect(stepTitle(workshop)).toBe('Kompetencebehov');
    within(workshop).getByRole('textbox', { name: 'Ny idé' }).focus();
    await enterIdea(workshop, 'Mødeledelse');
    fireEvent.click(
      within(cardOf(workshop, 'Mødeledelse')).getByRole('button', { name: 'Parkér' }),
    );
    await within(workshop).findByRole('button', { name: 'Parkeringspladsen (2)' });

    press('p');
    // P in the field is a letter.
    expect(within(workshop).queryByRole('region', { name: 'Parkeringspladsen' })).toBeNull();
    within(workshop).getByRole('heading', { name: 'Kompetencebehov' }).focus();
    press('p');
    const lot = within(workshop).getByRole('region', { name: 'Parkeringspladsen' });
    expect(document.activeElement).toBe(
      within(lot).getByRole('heading', { name: 'Parkeringspladsen' }),
    );
    expect(
      within(lot)
        .getAllByRole('article')
        .map((a) => a.querySelector('.workshop-idea-text')?.textContent),
    ).toEqual(['Fælles kalender for kurser', 'Mødeledelse']);
    expect(within(lot).getByText('Fra trinnet »Baggrunde og udfordringer«')).toBeTruthy();

    // Taken back, it is in its own step again, not in the lot.
    fireEvent.click(
      within(cardOf(lot, 'Fælles kalender for kurser')).getByRole('button', {
        name: 'Tilbage fra parkering',
      }),
    );
    await waitFor(() =>
      expect(within(lot).queryByRole('article', { name: /kalender/ })).toBeNull(),
    );
    expect(document.activeElement).toBe(
      within(lot).getByRole('heading', { name: 'Parkeringspladsen' }),
    );
    press('p');
    expect(within(workshop).queryByRole('region', { name: 'Parkeringspladsen' })).toBeNull();
    expect(document.activeElement).toBe(
      within(workshop).getByRole('button', { name: 'Parkeringspladsen (1)' }),
    );
    expect(core.doc().workshopCards.map((c) => [c.text, c.kind, c.parked])).toEqual([
      ['Fælles kalender for kurser', 'driver', false],
      ['Mødeledelse', 'competence', true],
    ]);
  });

  it('takes a card into the plan as a competence once, and one undo takes back the entry and the note together', async () => {
    const core = await openCore({ plan: planDocument });
    renderApp(core);
    const workshop = await startSuWorkshop();
    press('3');
    within(workshop).getByRole('textbox', { name: 'Ny idé' }).focus();
    await enterIdea(workshop, 'Klarsprog i breve til borgerne');
    const before = core.doc().competences.length;

    const card = cardOf(workshop, 'Klarsprog i breve til borgerne');
    fireEvent.click(within(card).getByRole('button', { name: 'Tag med i planen' }));
    const note = await within(card).findByText('Er nu kompetence i planen');
    expect(document.activeElement).toBe(note);
    // Not offered twice while the competence is in the plan.
    expect(within(card).queryByRole('button', { name: 'Tag med i planen' })).toBeNull();
    const competence = core
      .doc()
      .competences.find((c) => c.title === 'Klarsprog i breve til borgerne');
    expect(competence).toBeTruthy();
    expect(core.doc().workshopCards[0]).toMatchObject({
      promotedKind: 'competence',
      promotedId: competence!.id,
    });
    // The plan's own entries for the step show it too.
    expect(
      within(workshop).getByText('Klarsprog i breve til borgerne', {
        selector: '.workshop-card-title',
      }),
    ).toBeTruthy();

    // The app's undo, as its button and Ctrl+Z run it: one step takes back both.
    await act(() => useAppStore.getState().undo());
    await within(card).findByRole('button', { name: 'Tag med i planen' });
    expect(core.doc().competences).toHaveLength(before);
    expect(core.doc().workshopCards).toMatchObject([
      { text: 'Klarsprog i breve til borgerne', promotedKind: null, promotedId: null },
    ]);

    // Corrected in place: Enter keeps the new text, and focus goes back to »Ret«.
    fireEvent.click(within(card).getByRole('button', { name: 'Ret' }));
    const field = within(card).getByRole('textbox', { name: 'Kortets tekst' });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'Klarsprog i breve' } });
    press('Enter');
    const corrected = await within(workshop).findByRole('article', { name: 'Klarsprog i breve' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(corrected).getByRole('button', { name: 'Ret' })),
    );
    expect(core.doc().workshopCards).toMatchObject([{ text: 'Klarsprog i breve' }]);

    // Deleted, and offered back in the workshop, where the editor's own offer cannot be seen.
    fireEvent.click(within(corrected).getByRole('button', { name: 'Slet' }));
    const notice = await within(workshop).findByText('Kortet »Klarsprog i breve« er slettet.');
    expect(core.doc().workshopCards).toEqual([]);
    fireEvent.click(within(notice.parentElement!).getByRole('button', { name: 'Fortryd' }));
    await within(workshop).findByRole('article', { name: 'Klarsprog i breve' });
    expect(core.doc().workshopCards).toMatchObject([{ text: 'Klarsprog i breve' }]);
  });
});
