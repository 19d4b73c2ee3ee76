// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planDocument } from '../fixtures';
import { openCore } from '../real-core';
import { renderApp } from '../render-app';

const GLOSSARY = [
  'SU',
  'Kompetenceaftalen § 8',
  'MUS',
  'GRUS',
  'Effektkæde',
  'Årshjul',
  'Den Statslige Kompetencefond',
  'Virkningskort',
];

async function goTo(step: RegExp) {
  const nav = await screen.findByRole('navigation', { name: 'Planens trin' });
  fireEvent.click(within(nav).getByRole('link', { name: step }));
}

describe('help beside the screen', () => {
  it('opens with F1 for the screen in front of the user, and Esc gives focus back', async () => {
    renderApp(await openCore({ plan: planDocument }));
    await goTo(/^Kompetencer/);
    const title = (await screen.findAllByLabelText<HTMLInputElement>('Målniveau'))[0]!;
    title.focus();

    fireEvent.keyDown(title, { key: 'F1' });

    const panel = await screen.findByRole('dialog', { name: 'Hjælp: Kompetencer' });
    expect(panel.getAttribute('aria-modal')).toBe('false');
    expect(document.activeElement).toBe(
      within(panel).getByRole('heading', { name: 'Hjælp: Kompetencer' }),
    );
    expect(within(panel).getByText(/Angiv nuværende niveau og målniveau/)).toBeTruthy();
    const terms = within(panel)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual(expect.arrayContaining(GLOSSARY));
    // Where levels are entered, the help shows the plan's scale.
    expect(within(panel).getByText('Kan lære andre det')).toBeTruthy();

    fireEvent.keyDown(within(panel).getByRole('button', { name: 'Luk hjælpen' }), {
      key: 'Escape',
    });
    expect(screen.queryByRole('dialog', { name: /^Hjælp/ })).toBeNull();
    expect(document.activeElement).toBe(title);
  });

  it('opens from Hjælp in the header, follows the user to another screen, and closes again', async () => {
    renderApp(await openCore({ plan: planDocument }));
    const button = await screen.findByRole('button', { name: 'Hjælp' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);

    expect(await screen.findByRole('dialog', { name: 'Hjælp: Overblik' })).toBeTruthy();
    expect(button.getAttribute('aria-expanded')).toBe('true');

    await goTo(/^Målinger/);
    const panel = await screen.findByRole('dialog', { name: 'Hjælp: Målinger' });
    expect(within(panel).getByText(/Tilføj en førmåling/)).toBeTruthy();

    button.focus();
    fireEvent.click(within(panel).getByRole('button', { name: 'Luk hjælpen' }));
    expect(screen.queryByRole('dialog', { name: /^Hjælp/ })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('tells in English what the screen is for when the interface is English', async () => {
    renderApp(await openCore({ plan: planDocument }), { language: 'en' });
    await screen.findByRole('button', { name: 'Help' });
    fireEvent.keyDown(window, { key: 'F1' });
    const panel = await screen.findByRole('dialog', { name: 'Help: Overview' });
    expect(within(panel).getByText('Den Statslige Kompetencefond')).toBeTruthy();
  });
});

describe('what a level means', () => {
  it('stands under a level input, and follows the meaning the committee writes for the plan', async () => {
    const core = await openCore({ plan: planDocument });
    renderApp(core);
    await goTo(/^Kompetencer/);
    const current = (await screen.findAllByLabelText<HTMLInputElement>('Nuværende niveau'))[0]!;
    expect(current.value).toBe('2');
    const meaning = 'Niveau 2: Kender til det og kan bruge det med hjælp';
    expect(screen.getByText(meaning)).toBeTruthy();
    const described = (current.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(meaning);

    await goTo(/^Overblik/);
    const scale = screen.getByRole('region', { name: 'Niveauernes betydning' });
    const stepTwo = within(scale).getByLabelText<HTMLInputElement>('Niveau 2');
    expect(stepTwo.value).toBe('');
    fireEvent.change(stepTwo, {
      target: { value: 'Har prøvet det med en superbruger ved siden af' },
    });
    fireEvent.blur(stepTwo);
    await waitFor(async () =>
      expect((await core.snapshot())?.document.plan.levelMeanings).toEqual([
        '',
        'Har prøvet det med en superbruger ved siden af',
        '',
        '',
        '',
      ]),
    );

    await goTo(/^Kompetencer/);
    expect(
      await screen.findByText('Niveau 2: Har prøvet det med en superbruger ved siden af'),
    ).toBeTruthy();
    expect(screen.queryByText(meaning)).toBeNull();
  });
});
