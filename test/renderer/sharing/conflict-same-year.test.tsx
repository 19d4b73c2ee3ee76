// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { evaluationFigures } from '../../../src/shared/evaluation';
import { planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';
import { conflictOn, copiesEditedApart, MERGED } from './copies';

/** Both copies started the evaluation of 2027, each in its own words; Jens finished his. */
async function sameYearScene(language: 'da' | 'en' = 'da') {
  const core = await openCore({ plan: planDocument, desktop: true });
  const mine = { from: '2027-01-01', to: '2027-06-30' };
  const theirsPath = await copiesEditedApart(core, {
    mine: (api) =>
      api.createEntity({
        entity: 'evaluation',
        values: {
          year: 2027,
          periodStart: mine.from,
          periodEnd: mine.to,
          figures: evaluationFigures(planDocument, mine),
          conclusions: 'Kurset i det nye system virkede.',
          decisions: ['Ambassadørerne fortsætter.'],
        },
      }),
    theirs: (api) =>
      api.createEntity({
        entity: 'evaluation',
        values: {
          year: 2027,
          periodStart: '2027-01-01',
          periodEnd: '2027-12-31',
          musFollowUp: 'MUS blev brugt til at aftale forløb.',
          conclusions: 'Lederforløbet skal gentages.',
          completedAt: '2028-01-20',
        },
      }),
  });
  // The native dialogs: first the copy to merge with, then where the merge goes.
  core.dialogAnswers.push(theirsPath, core.at(MERGED));
  renderApp(core, { language });
  return Object.assign(core, { theirsPath });
}

/** The one conflict: the evaluation of 2027 that each copy has. */
function sameYear(core: InProcessCore) {
  const answer = core.answers.previewMerge?.[0];
  if (!answer?.ok) throw new Error('the copies were not compared');
  const [only] = answer.value.conflicts;
  expect(answer.value.conflicts).toHaveLength(1);
  expect(only).toMatchObject({ kind: 'same-year', entityKind: 'evaluation', entityTitle: '2027' });
  return conflictOn(core, only!.rowId, null);
}

describe('two evaluations of the same year in the merge dialog', () => {
  it('explains the choice, shows both evaluations whole and sends the one chosen', async () => {
    const fake = await sameYearScene();
    fireEvent.click(await screen.findByRole('button', { name: 'Flet med en kopi…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Flet med en kopi' });

    const group = within(dialog).getByRole('group', { name: 'Årlig evaluering »2027«' });
    const explanation = within(group).getByText(
      'Begge kopier har en årlig evaluering for 2027. Vælg den, der skal med i den flettede plan. Den anden kommer ikke med, men findes stadig i sin kopi.',
    );
    // A screen reader hears why when it reaches the choice.
    expect(group.getAttribute('aria-describedby')?.split(' ')).toContain(explanation.id);

    const mine = within(group).getByRole('radio', { name: 'Min version' });
    const theirs = within(group).getByRole('radio', { name: 'Den anden kopis version' });
    const shown = (radio: HTMLElement) =>
      document.getElementById(radio.getAttribute('aria-describedby')!)!.textContent ?? '';
    expect(shown(mine)).toContain('Kurset i det nye system virkede.');
    expect(shown(mine)).toContain('Ambassadørerne fortsætter.');
    expect(shown(mine)).not.toContain('Lederforløbet');
    expect(shown(theirs)).toContain('Lederforløbet skal gentages.');
    expect(shown(theirs)).toContain('MUS blev brugt til at aftale forløb.');
    expect(shown(theirs)).toContain('Afsluttet den');
    // Dates as the program writes them; the figures, fetched from the plan, are not dumped as data.
    for (const side of [shown(mine), shown(theirs)]) {
      expect(side).toContain('Perioden til');
      expect(side).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(side).not.toContain('{');
    }
    // Nothing was deleted: neither side is described as kept-despite-deletion.
    expect(group.textContent).not.toContain('Bevaret med disse oplysninger');

    fireEvent.click(theirs);
    expect(theirs).toHaveProperty('checked', true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flet…' }));
    expect(await screen.findByText(/Den flettede plan er gemt og åbnet/)).toBeTruthy();
    expect(fake.calls.completeMerge).toEqual([
      {
        theirsPath: fake.theirsPath,
        outPath: fake.at(MERGED),
        resolutions: { [sameYear(fake).id]: 'theirs' },
        open: true,
      },
    ]);
    expect(fake.doc().evaluations.map((e) => e.conclusions)).toEqual([
      'Lederforløbet skal gentages.',
    ]);
  });

  it('says it in English too', async () => {
    await sameYearScene('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Merge with a copy…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge with a copy' });
    const group = within(dialog).getByRole('group', { name: 'Annual evaluation “2027”' });
    expect(group.textContent).toContain(
      'Both copies have an annual evaluation for 2027. Choose the one that goes into the merged plan.',
    );
  });
});
