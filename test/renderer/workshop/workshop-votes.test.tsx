// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/renderer/store';
import type { WorkshopCardKind } from '../../../src/shared/model/enums';
import { planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';

async function startWorkshop(core: InProcessCore, format: RegExp, name: string) {
  renderApp(core);
  fireEvent.click(await screen.findByRole('button', { name: 'Workshop' }));
  const chooser = await screen.findByRole('dialog', { name: 'Start en workshop' });
  fireEvent.click(within(chooser).getByRole('button', { name: format }));
  const workshop = await screen.findByRole('dialog', { name });
  await waitFor(() => expect(core.doc().workshops).toHaveLength(1));
  return { workshop, workshopId: core.doc().workshops[0]!.id };
}

/** A card as the room writes it, through the store and the real core, as the capture does. */
async function card(workshopId: string, stepId: string, kind: WorkshopCardKind, text: string) {
  const id = await useAppStore.getState().createEntity({
    entity: 'workshopCard',
    values: { workshopId, stepId, kind, text },
  });
  if (id === null) throw new Error(`card »${text}« refused`);
  return id;
}

/** The card taken into the plan, as the cards' own button does it. */
async function promote(cardId: string) {
  const { api, takeChange } = useAppStore.getState();
  const result = await api.promoteCard({ cardId });
  if (!result.ok) throw new Error(result.error.message.en);
  await takeChange(result.value.change);
  return result.value.promoted.id!;
}

const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });
const stepTitle = (workshop: HTMLElement) =>
  workshop.querySelector('.workshop-step-title')?.textContent;

function vote(entry: HTMLElement, name: string, dots: Record<string, number>) {
  if (name)
    fireEvent.change(within(entry).getByLabelText('Deltagerens navn'), { target: { value: name } });
  for (const [text, n] of Object.entries(dots)) {
    fireEvent.change(within(entry).getByLabelText(`Prikker på »${text}«`), {
      target: { value: String(n) },
    });
  }
  fireEvent.click(
    within(entry).getByRole('button', { name: name ? 'Gem stemmerne' : 'Gem optællingen' }),
  );
}

/** The SU's workshop on its »Prioritering« step, with the room's cards written in earlier steps. */
async function suPriorities() {
  const core = await openCore({ plan: planDocument });
  const { workshop, workshopId } = await startWorkshop(
    core,
    /^Start »Workshop i samarbejdsudvalget«$/,
    'Workshop i samarbejdsudvalget',
  );
  const cards = {
    data: await card(workshopId, 'su-competences', 'competence', 'Brug af data'),
    ai: await card(workshopId, 'su-competences', 'competence', 'Kunstig intelligens'),
    plain: await card(workshopId, 'su-competences', 'competence', 'Klarsprog'),
    systems: await card(workshopId, 'su-drivers', 'driver', 'Nye it-systemer'),
  };
  press('7');
  expect(stepTitle(workshop)).toBe('Prioritering');
  const votes = within(workshop).getByRole('region', { name: 'Prikafstemning' });
  return { core, workshopId, cards, votes };
}

describe('prioritising in a workshop', () => {
  it('takes each participant’s dots within the allowance and the room’s totals, and shows only who has voted while the votes are hidden', async () => {
    const { core, votes } = await suPriorities();
    const entry = within(votes).getByRole('form', { name: 'Indtast stemmer' });

    // The allowance is the workshop's, 1 to 20.
    const allowance = within(votes).getByLabelText('Prikker pr. deltager');
    fireEvent.change(allowance, { target: { value: '21' } });
    fireEvent.blur(allowance);
    expect(
      within(votes).getByText('Vælg et antal mellem 1 og 20 prikker.').getAttribute('role'),
    ).toBe('alert');
    expect(core.doc().workshops[0]!.dotsPerParticipant).toBe(3);

    vote(entry, 'Anne', { 'Brug af data': 2, 'Kunstig intelligens': 1 });
    await within(entry).findByText('Stemmerne fra Anne er gemt.');
    // Four dots where each has three: refused before anything is written, in words.
    vote(entry, 'Bo', { 'Kunstig intelligens': 3, Klarsprog: 1 });
    expect(within(entry).getByRole('alert').textContent).toBe(
      'Bo har fordelt 4 prikker, men hver deltager har kun 3. Tag 1 prik væk, før stemmerne gemmes.',
    );
    expect(core.doc().workshopVotes).toHaveLength(2);
    vote(entry, 'Bo', { 'Kunstig intelligens': 2, Klarsprog: 1 });
    await within(entry).findByText('Stemmerne fra Bo er gemt.');
    // The facilitator's count from the wall, for the room: one more dot on »Brug af data«.
    fireEvent.click(within(entry).getByRole('radio', { name: 'Samlet optælling pr. kort' }));
    vote(entry, '', { 'Brug af data': 1 });
    await within(entry).findByText('Optællingen er gemt.');
    expect(core.doc().workshopVotes.map((v) => [v.participant, v.dots])).toEqual([
      ['Anne', 2],
      ['Anne', 1],
      ['Bo', 2],
      ['Bo', 1],
      [null, 1],
    ]);

    // Hidden: who has voted and how many dots, not where.
    const voters = within(votes).getByRole('region', { name: 'Har stemt' });
    expect(
      within(voters)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Anne: 3 af 3 prikker',
      'Bo: 3 af 3 prikker',
      'Samlet optælling indtastet for 1 kort',
    ]);
    expect(within(votes).queryByRole('region', { name: 'Resultat' })).toBeNull();
    expect(within(votes).queryByText(/plads/)).toBeNull();
  });

  it('refuses to lower the dots below what someone has given, saying who, and takes a whole ballot back with one Ctrl+Z', async () => {
    const { core, votes } = await suPriorities();
    const entry = within(votes).getByRole('form', { name: 'Indtast stemmer' });
    const allowance = within(votes).getByLabelText('Prikker pr. deltager');
    vote(entry, 'Anne', { 'Brug af data': 2, 'Kunstig intelligens': 1 });
    await within(entry).findByText('Stemmerne fra Anne er gemt.');
    const anne = core.doc().workshopVotes.map((v) => v.id);
    vote(entry, 'Bo', { 'Kunstig intelligens': 1, Klarsprog: 1 });
    await within(entry).findByText('Stemmerne fra Bo er gemt.');
    const given = core.doc().workshopVotes.map((v) => [v.participant, v.dots]);

    // Fewer dots than some have given already: refused, saying who gave how many, and no vote
    // is lost or cut.
    const lower = async (to: string) => {
      fireEvent.change(allowance, { target: { value: to } });
      fireEvent.blur(allowance);
      const alert = await within(votes).findByText(new RegExp(`sættes ned til ${to} `));
      expect(alert.getAttribute('role')).toBe('alert');
      return alert.textContent;
    };
    expect(await lower('1')).toBe(
      'Prikkerne kan ikke sættes ned til 1 pr. deltager. Anne har allerede givet 3 og Bo 2. Indtast stemmerne igen med højst 1 prik pr. deltager, og sæt derefter antallet ned.',
    );
    expect(await lower('2')).toBe(
      'Prikkerne kan ikke sættes ned til 2 pr. deltager. Anne har allerede givet 3. Indtast stemmerne igen med højst 2 prikker pr. deltager, og sæt derefter antallet ned.',
    );
    expect(core.doc().workshops[0]!.dotsPerParticipant).toBe(3);
    expect((allowance as HTMLInputElement).value).toBe('3');
    expect(core.doc().workshopVotes.map((v) => [v.participant, v.dots])).toEqual(given);

    // Bo's ballot over two cards is one step: one Ctrl+Z in the room takes all of it back.
    const undo = () =>
      fireEvent.keyDown(document.activeElement ?? document.body, { key: 'z', ctrlKey: true });
    undo();
    await waitFor(() => expect(core.doc().workshopVotes.map((v) => v.id)).toEqual(anne));
    // With Anne's taken back too, nobody has given more than two: the number can be lowered.
    undo();
    await waitFor(() => expect(core.doc().workshopVotes).toEqual([]));
    fireEvent.change(allowance, { target: { value: '2' } });
    fireEvent.blur(allowance);
    await waitFor(() => expect(core.doc().workshops[0]!.dotsPerParticipant).toBe(2));
    expect(within(votes).queryByText(/kan ikke sættes ned/)).toBeNull();
  });

  it('reveals the ranking with its tie in words, writes it into the plan’s priorities and takes it back', async () => {
    const { core, workshopId, cards, votes } = await suPriorities();
    const dataEntry = await promote(cards.data);
    const aiEntry = await promote(cards.ai);
    for (const [cardId, dots] of [
      [cards.data, 3],
      [cards.ai, 3],
      [cards.plain, 1],
    ] as const) {
      await useAppStore.getState().createEntity({
        entity: 'workshopVote',
        values: { workshopId, cardId, participant: null, dots },
      });
    }

    fireEvent.click(within(votes).getByRole('button', { name: 'Vis stemmerne' }));
    const ranking = await within(votes).findByRole('region', { name: 'Resultat' });
    const competences = within(ranking).getByRole('region', { name: 'Kompetencer' });
    expect(
      within(competences)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Delt 1. pladsBrug af data3 prikkerI planen',
      'Delt 1. pladsKunstig intelligens3 prikkerI planen',
      '3. pladsKlarsprog1 prikIkke i planen endnu',
    ]);
    expect(
      within(within(ranking).getByRole('region', { name: 'Baggrunde og udfordringer' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1. pladsNye it-systemer0 prikkerIkke i planen endnu']);
    expect(core.doc().workshops[0]!.votesRevealed).toBe(true);

    const priorities = () =>
      [dataEntry, aiEntry].map((id) => core.doc().competences.find((c) => c.id === id)?.priority);
    expect(priorities()).toEqual([2, 2]);
    fireEvent.click(
      within(ranking).getByRole('button', { name: 'Skriv prioriteringen ind i planen' }),
    );
    await within(ranking).findByText('Prioriteringen er skrevet ind i planen.');
    // The shared first place is high for both.
    expect(priorities()).toEqual([1, 1]);
    fireEvent.click(within(ranking).getByRole('button', { name: 'Fortryd' }));
    await within(ranking).findByText('Prioriteringen er taget ud af planen igen.');
    expect(priorities()).toEqual([2, 2]);
    expect(within(ranking).queryByRole('button', { name: 'Fortryd' })).toBeNull();
    expect(core.doc().workshopVotes).toHaveLength(3);

    fireEvent.click(within(votes).getByRole('button', { name: 'Skjul igen' }));
    await waitFor(() =>
      expect(within(votes).queryByRole('region', { name: 'Resultat' })).toBeNull(),
    );
    expect(core.doc().workshops[0]!.votesRevealed).toBe(false);
  });

  it('places the team’s activity cards on the 2×2 grid by keyboard, the arrows moving the card and not the step', async () => {
    const core = await openCore({ plan: planDocument });
    const { workshop, workshopId } = await startWorkshop(
      core,
      /^Start »Gruppeudviklingssamtale \(GRUS\)«$/,
      'Gruppeudviklingssamtale (GRUS)',
    );
    const mentor = await card(workshopId, 'team-activities', 'activity', 'Makkerordning');
    await card(workshopId, 'team-activities', 'activity', 'Kursus i Excel');
    press('6');
    expect(stepTitle(workshop)).toBe('Gruppeudviklingsplanen');

    const toggle = within(workshop).getByRole('button', { name: 'Vis som 2×2' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const grid = within(workshop).getByRole('region', { name: 'Effekt og indsats' });
    const square = (name: string) => within(grid).getByRole('group', { name });
    const cardsIn = (name: string) =>
      within(square(name))
        .queryAllByRole('button')
        .map((b) => b.textContent);
    expect(cardsIn('Ikke placeret')).toEqual(['Makkerordning', 'Kursus i Excel']);

    within(square('Ikke placeret')).getByRole('button', { name: 'Makkerordning' }).focus();
    press('ArrowUp');
    await within(grid).findByText(
      '»Makkerordning« har stor effekt. Vælg indsatsen med venstre eller højre piletast.',
    );
    press('ArrowLeft');
    await within(grid).findByText('»Makkerordning« står nu i feltet »Stor effekt, lille indsats«.');
    expect(cardsIn('Stor effekt, lille indsats')).toEqual(['Makkerordning']);
    // Focus follows the card into its square, and the step stays.
    expect(document.activeElement?.textContent).toBe('Makkerordning');
    expect(stepTitle(workshop)).toBe('Gruppeudviklingsplanen');
    expect(core.doc().workshopCards.find((c) => c.id === mentor)).toMatchObject({
      impact: 'high',
      effort: 'low',
    });

    press('ArrowRight');
    await within(grid).findByText('»Makkerordning« står nu i feltet »Stor effekt, stor indsats«.');
    press('ArrowDown');
    await within(grid).findByText('»Makkerordning« står nu i feltet »Lille effekt, stor indsats«.');
    expect(cardsIn('Lille effekt, stor indsats')).toEqual(['Makkerordning']);
    press('Delete');
    await within(grid).findByText(
      '»Makkerordning« er lagt tilbage blandt de kort, der ikke er placeret.',
    );
    expect(cardsIn('Ikke placeret')).toEqual(['Makkerordning', 'Kursus i Excel']);
    expect(stepTitle(workshop)).toBe('Gruppeudviklingsplanen');
  });
});
