// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MergeConflict } from '../../../src/shared/api';
import { planDocument, snapshotOf } from '../fixtures';
import { renderApp } from '../render-app';
import { createSharingApi, ok, previewOf, theirsPath } from './sharing-api';

const mergedPath = '/home/sekretariat/Dokumenter/Kompetenceplan 2026 (flettet).omstil';

/** Both copies started the evaluation of 2027, each in its own words. */
const sameYear: MergeConflict = {
  id: 'evaluation/eval-theirs/same-year',
  table: 'evaluation',
  rowId: 'eval-theirs',
  entityKind: 'evaluation',
  entityTitle: '2027',
  field: null,
  mine: {
    id: 'eval-mine',
    year: 2027,
    periodStart: '2027-01-01',
    periodEnd: '2027-06-30',
    figures: { activities: { planned: 4, done: 3 } },
    musFollowUp: '',
    conclusions: 'Kurset i det nye system virkede.',
    decisions: ['Ambassadørerne fortsætter.'],
    completedAt: null,
    updatedAt: '2027-07-01T10:00:00.000Z',
  },
  theirs: {
    id: 'eval-theirs',
    year: 2027,
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    figures: null,
    musFollowUp: 'MUS blev brugt til at aftale forløb.',
    conclusions: 'Lederforløbet skal gentages.',
    decisions: [],
    completedAt: '2028-01-20',
    updatedAt: '2028-01-20T10:00:00.000Z',
  },
  kind: 'same-year',
};

function mergeApi() {
  const chosen = [theirsPath, mergedPath];
  return createSharingApi(
    snapshotOf(),
    {
      chooseFile: () => ok({ path: chosen.shift() ?? null }),
      previewMerge: () => ok(previewOf([sameYear], 0)),
      completeMerge: (input) =>
        ok({
          path: input.outPath,
          conflicts: 1,
          takenFromTheirs: 0,
          snapshot: snapshotOf(planDocument, input.outPath),
        }),
    },
    { native: true },
  );
}

describe('two evaluations of the same year in the merge dialog', () => {
  it('explains the choice, shows both evaluations whole and sends the one chosen', async () => {
    const fake = mergeApi();
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Flet med en kopi…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Flet med en kopi' });

    const group = within(dialog).getByRole('group', { name: 'Årlig evaluering «2027»' });
    const explanation = within(group).getByText(
      'Begge kopier har en årlig evaluering for 2027. Vælg den, der skal med i den flettede plan. Den anden kommer ikke med, men findes stadig i sin kopi.',
    );
    // A screen reader hears why when it reaches the choice.
    expect(group.getAttribute('aria-describedby')?.split(' ')).toContain(explanation.id);

    const mine = within(group).getByRole('radio', { name: 'Min version' });
    const theirs = within(group).getByRole('radio', { name: 'Deres version' });
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
      { theirsPath, outPath: mergedPath, resolutions: { [sameYear.id]: 'theirs' }, open: true },
    ]);
  });

  it('says it in English too', async () => {
    renderApp(mergeApi(), { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Merge with a copy…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge with a copy' });
    const group = within(dialog).getByRole('group', { name: 'Annual evaluation “2027”' });
    expect(group.textContent).toContain(
      'Both copies have an annual evaluation for 2027. Choose the one that goes into the merged plan.',
    );
  });
});
