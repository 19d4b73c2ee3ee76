// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../src/shared/catalog';
import { CompetencesSection } from '../../../src/renderer/screens/plan/CompetencesSection';
import { DriversSection } from '../../../src/renderer/screens/plan/DriversSection';
import { MethodsSection } from '../../../src/renderer/screens/plan/MethodsSection';
import { emptyDocument, planDocument } from '../fixtures';
import { renderWithPlan } from './render-section';

function openPicker(name: string) {
  fireEvent.click(screen.getByRole('button', { name }));
  return screen.getByRole('dialog');
}

const entryTitles = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent)
    .filter((title) => !title?.startsWith('Jeres egen'));

function search(dialog: HTMLElement, query: string) {
  fireEvent.change(within(dialog).getByRole('searchbox'), { target: { value: query } });
}

describe('the catalogue picker', () => {
  it('offers the whole catalogue first, with the search box focused', async () => {
    await renderWithPlan(<DriversSection />, emptyDocument('Tom plan'));
    const dialog = openPicker('Tilføj baggrund…');
    expect(within(dialog).getByRole('heading', { name: 'Tilføj en baggrund' })).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('searchbox'));
    expect(entryTitles(dialog)).toHaveLength(6);
    expect(within(dialog).getByRole('status').textContent).toBe('Kataloget har 6 forslag.');
  });

  it('finds Danish and English titles, without regard to accents and æøå', async () => {
    await renderWithPlan(<MethodsSection />, emptyDocument('Tom plan'));
    const dialog = openPicker('Tilføj metode…');
    search(dialog, 'frontlober');
    expect(entryTitles(dialog)[0]).toBe('Train-the-trainer, digitale frontløbere/ambassadører');
    search(dialog, 'peer');
    expect(entryTitles(dialog)[0]).toBe('Sidemandsoplæring og nabotræning');
    search(dialog, 'Sprint planning');
    expect(entryTitles(dialog)).toEqual(['Sprintplanlægning og eksekvering']);
    expect(within(dialog).getByRole('status').textContent).toBe('1 af 11 passer til søgningen.');
  });

  it('marks what the plan already has, and offers no way to add it twice', async () => {
    await renderWithPlan(<CompetencesSection />, planDocument);
    const dialog = openPicker('Tilføj kompetence…');
    search(dialog, 'security');
    const entry = within(dialog)
      .getByRole('heading', { name: 'It-sikkerhed – datasikkerhed' })
      .closest('li')!;
    expect(within(entry).getByText('I planen')).toBeTruthy();
    expect(within(entry).queryByRole('button')).toBeNull();
    search(dialog, '');
    const free = within(dialog).getByRole('heading', { name: 'Digital ledelse' }).closest('li')!;
    expect(within(free).getByRole('button', { name: 'Tilføj Digital ledelse' })).toBeTruthy();
  });

  it('copies the entry into the plan and moves focus to the new competence', async () => {
    const { api } = await renderWithPlan(<CompetencesSection />, planDocument);
    const dialog = openPicker('Tilføj kompetence…');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tilføj Digital ledelse' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.edits.createEntity).toEqual([
      {
        entity: 'competence',
        values: {
          catalogKey: 'digital-leadership',
          title: 'Digital ledelse',
          description: catalogEntry('competence', 'digital-leadership')!.description.da,
        },
      },
    ]);
    const heading = await screen.findByRole('heading', { level: 3, name: 'Digital ledelse' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('copies the English texts into an English plan, whatever the reader’s language', async () => {
    const doc = emptyDocument('Plan');
    doc.plan.language = 'en';
    const { api } = await renderWithPlan(<DriversSection />, doc);
    const dialog = openPicker('Tilføj baggrund…');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tilføj Effektivisering' }));
    await waitFor(() => expect(api.edits.createEntity).toHaveLength(1));
    expect(api.edits.createEntity[0]?.values).toMatchObject({
      catalogKey: 'efficiency',
      title: 'Efficiency',
    });
  });

  it('adds the committee’s own entry, and asks for a title first', async () => {
    const { api } = await renderWithPlan(<MethodsSection />, emptyDocument('Tom plan'));
    const dialog = openPicker('Tilføj metode…');
    const submit = within(dialog).getByRole('button', { name: 'Tilføj egen metode' });
    fireEvent.click(submit);
    expect(within(dialog).getByText('Skriv en titel.')).toBeTruthy();
    expect(api.edits.createEntity).toHaveLength(0);
    const title = within(dialog).getByRole('textbox', { name: 'Titel på metoden' });
    expect(title.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(title, { target: { value: 'Studietur til Aarhus Kommune' } });
    fireEvent.click(submit);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.edits.createEntity).toEqual([
      {
        entity: 'method',
        values: { catalogKey: null, title: 'Studietur til Aarhus Kommune', description: '' },
      },
    ]);
    expect(await screen.findByText('Egen')).toBeTruthy();
  });

  it('suggests the search as the own title when the catalogue has nothing', async () => {
    await renderWithPlan(<CompetencesSection />, emptyDocument('Tom plan'));
    const dialog = openPicker('Tilføj kompetence…');
    search(dialog, 'Robotprocesautomatisering');
    expect(
      within(dialog).getByText(
        'Ingen kompetencer i kataloget passer til »Robotprocesautomatisering«. Tilføj jeres egen nedenfor.',
      ),
    ).toBeTruthy();
    const title = within(dialog).getByRole('textbox', { name: 'Titel på kompetencen' });
    expect((title as HTMLInputElement).value).toBe('Robotprocesautomatisering');
  });

  it('closes on Escape and gives focus back to the button', async () => {
    await renderWithPlan(<DriversSection />, emptyDocument('Tom plan'));
    const button = screen.getByRole('button', { name: 'Tilføj baggrund…' });
    button.focus();
    const dialog = openPicker('Tilføj baggrund…');
    fireEvent.keyDown(within(dialog).getByRole('searchbox'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('shows titles and descriptions in English for an English reader', async () => {
    await renderWithPlan(<CompetencesSection />, emptyDocument('Tom plan'), { language: 'en' });
    const dialog = openPicker('Add competence…');
    search(dialog, 'sikkerhed');
    expect(
      within(dialog).getByRole('heading', { level: 3, name: 'IT security – data security' }),
    ).toBeTruthy();
  });

  it('names an entry in Danish only for a Danish reader, and adds the Danish title for an English one', async () => {
    await renderWithPlan(<CompetencesSection />, emptyDocument('Tom plan'));
    let dialog = openPicker('Tilføj kompetence…');
    search(dialog, 'sikkerhed');
    let entry = within(dialog)
      .getByRole('heading', { name: 'It-sikkerhed – datasikkerhed' })
      .closest('li')!;
    expect(within(entry).queryByText('IT security – data security')).toBeNull();
    expect(entry.querySelector('[lang="en"]')).toBeNull();

    cleanup();
    await renderWithPlan(<CompetencesSection />, emptyDocument('Tom plan'), { language: 'en' });
    dialog = openPicker('Add competence…');
    search(dialog, 'sikkerhed');
    entry = within(dialog)
      .getByRole('heading', { name: 'IT security – data security' })
      .closest('li')!;
    expect(within(entry).getByText('It-sikkerhed – datasikkerhed').getAttribute('lang')).toBe('da');
  });
});
