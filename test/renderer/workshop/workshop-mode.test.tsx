// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SCREEN_HEADING_ID } from '../../../src/renderer/components/Screen';
import { planDocument } from '../fixtures';
import { openCore } from '../real-core';
import { renderApp } from '../render-app';

async function goTo(step: RegExp) {
  const nav = await screen.findByRole('navigation', { name: 'Planens trin' });
  fireEvent.click(within(nav).getByRole('link', { name: step }));
}

async function startWorkshop(choice: RegExp) {
  fireEvent.click(await screen.findByRole('button', { name: 'Workshop' }));
  const chooser = await screen.findByRole('dialog', { name: 'Start en workshop' });
  fireEvent.click(within(chooser).getByRole('button', { name: choice }));
}

const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });
const stepHeading = (workshop: HTMLElement) =>
  within(workshop).getByRole('heading', { level: 2, name: (_, el) => el.id.endsWith('-step') });
const cardTitles = (workshop: HTMLElement) =>
  Array.from(workshop.querySelectorAll('.workshop-card-title')).map((el) => el.textContent);

describe('workshop mode', () => {
  it('runs the SU workshop from the plan one step at a time by keyboard, and Esc returns to the screen it came from', async () => {
    const core = await openCore({ plan: planDocument });
    renderApp(core);
    await goTo(/^Kompetencer/);
    await startWorkshop(/^Start »Workshop i samarbejdsudvalget«$/);

    const workshop = await screen.findByRole('dialog', { name: 'Workshop i samarbejdsudvalget' });
    expect(screen.queryByRole('dialog', { name: 'Start en workshop' })).toBeNull();
    const agenda = within(workshop).getByRole('navigation', { name: 'Program' });
    expect(
      within(agenda)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      '1Velkomst og rammer15 min.',
      '2Baggrunde og udfordringer30 min.',
      '3Kompetencebehov35 min.',
      '4Pause15 min.',
      '5Metoder25 min.',
      '6Principper25 min.',
      '7Prioritering25 min.',
      '8Opsamling og næste skridt10 min.',
    ]);
    // The first step, with focus on its title so the keys work at once.
    expect(stepHeading(workshop).textContent).toBe('Velkomst og rammer');
    expect(document.activeElement).toBe(stepHeading(workshop));
    expect(within(workshop).getByText(/^Trin \d+ af \d+$/).textContent).toBe('Trin 1 af 8');
    expect(within(workshop).getByText(/Kompetenceaftalens § 8/)).toBeTruthy();

    press('ArrowRight');
    expect(stepHeading(workshop).textContent).toBe('Baggrunde og udfordringer');
    expect(within(workshop).getByText('30 minutter', { selector: 'p' })).toBeTruthy();
    expect(cardTitles(workshop)).toEqual([
      'Nye systemer og teknologier',
      'Effektivisering og automatisering',
    ]);
    expect(within(agenda).getByRole('button', { current: 'step' }).textContent).toMatch(
      /^2Baggrunde/,
    );

    press('3');
    expect(stepHeading(workshop).textContent).toBe('Kompetencebehov');
    expect(cardTitles(workshop)).toEqual(['Optimering af arbejdsgange', 'IT-sikkerhed']);
    expect(within(workshop).getByText('Fra niveau 2 til 4')).toBeTruthy();

    press('PageDown');
    press('PageDown');
    press('ArrowRight');
    expect(stepHeading(workshop).textContent).toBe('Principper');
    expect(cardTitles(workshop)).toHaveLength(3);

    press('ArrowRight');
    expect(stepHeading(workshop).textContent).toBe('Prioritering');
    expect(within(workshop).getByText('Høj prioritet')).toBeTruthy();

    press('End');
    expect(within(workshop).getByText(/^Trin \d+ af \d+$/).textContent).toBe('Trin 8 af 8');
    // At the end the way on is marked unavailable, and another step goes nowhere.
    const next = within(workshop).getByRole('button', { name: 'Næste trin' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(stepHeading(workshop).textContent).toBe('Opsamling og næste skridt');

    press('PageUp');
    expect(stepHeading(workshop).textContent).toBe('Prioritering');
    // The plan file holds the workshop and the step it stands on, so it can be taken up there.
    await waitFor(() =>
      expect(core.doc().workshops).toMatchObject([
        { format: 'su', title: 'Workshop i samarbejdsudvalget', currentStepId: 'su-priorities' },
      ]),
    );
    press('Home');
    expect(stepHeading(workshop).textContent).toBe('Velkomst og rammer');

    press('Escape');
    expect(screen.queryByRole('dialog', { name: 'Workshop i samarbejdsudvalget' })).toBeNull();
    // The editor is where it was, and focus is back on »Workshop«.
    expect(document.getElementById(SCREEN_HEADING_ID)?.textContent).toBe('Kompetencer');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Workshop' })),
    );
  });

  it('runs the team’s GRUS with the plan’s activities and owners, stepped by mouse and ended by its button', async () => {
    renderApp(await openCore({ plan: planDocument }));
    await goTo(/^Indsatser/);
    await startWorkshop(/^Start »Gruppeudviklingssamtale \(GRUS\)«$/);
    const workshop = await screen.findByRole('dialog', { name: 'Gruppeudviklingssamtale (GRUS)' });
    const agenda = within(workshop).getByRole('navigation', { name: 'Program' });
    fireEvent.click(within(agenda).getByRole('button', { name: /Gruppeudviklingsplanen/ }));
    expect(stepHeading(workshop).textContent).toBe('Gruppeudviklingsplanen');
    expect(cardTitles(workshop)).toEqual([
      'Superbrugeruddannelse i sagsbehandlingssystemet',
      'Øvelse i at genkende phishing',
    ]);
    expect(within(workshop).getByText('Ansvarlig: Mette Aagaard')).toBeTruthy();

    fireEvent.click(within(workshop).getByRole('button', { name: 'Forrige trin' }));
    expect(stepHeading(workshop).textContent).toBe('Sådan lærer teamet');

    fireEvent.click(within(workshop).getByRole('button', { name: 'Forlad workshoppen' }));
    expect(screen.queryByRole('dialog', { name: /GRUS/ })).toBeNull();
    expect(document.getElementById(SCREEN_HEADING_ID)?.textContent).toBe('Indsatser');
  });

  it('goes back to the plan without a workshop when the choice is cancelled with Esc', async () => {
    renderApp(await openCore({ plan: planDocument }));
    const button = await screen.findByRole('button', { name: 'Workshop' });
    // A click in a browser focuses the button; fireEvent's does not. Without this the test passed
    // only when the test before it had left a focus on its way to the same button's id.
    button.focus();
    fireEvent.click(button);
    const chooser = await screen.findByRole('dialog', { name: 'Start en workshop' });
    expect(within(chooser).getByText('Varighed: 3 timer')).toBeTruthy();
    expect(within(chooser).getByText('Varighed: 2 timer og 30 minutter')).toBeTruthy();
    fireEvent.keyDown(within(chooser).getAllByRole('button')[0]!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
