// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompetencesSection } from '../../../src/renderer/screens/plan/CompetencesSection';
import { DriversSection } from '../../../src/renderer/screens/plan/DriversSection';
import {
  catalogEntry,
  competenceMethodMatch,
  driverCompetenceMatch,
} from '../../../src/shared/catalog';
import { suggestMethods } from '../../../src/shared/recommend';
import { ids, planDocument } from '../fixtures';
import { renderWithPlan } from './render-section';

/** The card of one entity, found by its heading. */
function card(title: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name: title }).closest('li')!;
}

function suggestions(cardTitle: string, heading: string): HTMLElement {
  return within(card(cardTitle)).getByRole('group', { name: heading });
}

function suggestion(list: HTMLElement, title: string): HTMLElement {
  return within(list).getByText(title).closest('li')!;
}

const COURSES = 'Kurser og uddannelse koblet med anvendelse i praksis';

describe('suggested methods beside a competence', () => {
  it('shows strength, the reason and which ones are in use', async () => {
    await renderWithPlan(<CompetencesSection />, planDocument);
    const list = suggestions('Optimering af arbejdsgange', 'Foreslåede metoder');
    const courses = suggestion(list, COURSES);
    expect(within(courses).getByText('Passer godt')).toBeTruthy();
    const rationale = competenceMethodMatch('workflow-optimisation', 'courses-in-practice')!;
    expect(within(courses).getByText(rationale.rationale.da)).toBeTruthy();
    expect(within(courses).getByRole('button', { name: `Brug metoden: ${COURSES}` })).toBeTruthy();

    // The plan's own title for its method, marked as in use and with nothing to press.
    const sprints = suggestion(list, 'Sprints');
    expect(within(sprints).getByText('Passer')).toBeTruthy();
    expect(within(sprints).getByText('I brug')).toBeTruthy();
    expect(within(sprints).queryByRole('button')).toBeNull();
  });

  it('adopts a method the plan lacks: creates it from the catalogue, then links it', async () => {
    const { api } = await renderWithPlan(<CompetencesSection />, planDocument);
    const list = suggestions('Optimering af arbejdsgange', 'Foreslåede metoder');
    fireEvent.click(within(list).getByRole('button', { name: `Brug metoden: ${COURSES}` }));

    await waitFor(() => expect(api.edits.addLink).toHaveLength(1));
    const entry = catalogEntry('method', 'courses-in-practice')!;
    expect(api.edits.createEntity).toEqual([
      {
        entity: 'method',
        values: {
          catalogKey: 'courses-in-practice',
          title: entry.title.da,
          description: entry.description.da,
        },
      },
    ]);
    const created = api.doc().methods.find((m) => m.catalogKey === 'courses-in-practice')!;
    expect(api.edits.addLink).toEqual([
      { kind: 'competence-method', fromId: ids.workflows, toId: created.id },
    ]);
    const adopted = suggestion(
      suggestions('Optimering af arbejdsgange', 'Foreslåede metoder'),
      COURSES,
    );
    expect(within(adopted).getByText('I brug')).toBeTruthy();
    // Focus stays in the suggestion, where the button was.
    expect(adopted.contains(document.activeElement)).toBe(true);
  });

  it('links a method the plan already has without creating it again', async () => {
    const { api } = await renderWithPlan(<CompetencesSection />, planDocument);
    fireEvent.click(
      within(suggestions('Optimering af arbejdsgange', 'Foreslåede metoder')).getByRole('button', {
        name: `Brug metoden: ${COURSES}`,
      }),
    );
    await waitFor(() => expect(api.edits.addLink).toHaveLength(1));

    const security = suggestions('IT-sikkerhed', 'Foreslåede metoder');
    const reuse = suggestion(security, COURSES);
    expect(within(reuse).getByText(/står allerede i planen|bruger allerede metoden/)).toBeTruthy();
    fireEvent.click(within(reuse).getByRole('button', { name: `Brug metoden: ${COURSES}` }));
    await waitFor(() => expect(api.edits.addLink).toHaveLength(2));
    expect(api.edits.createEntity).toHaveLength(1);
    expect(api.edits.addLink[1]).toMatchObject({ kind: 'competence-method', fromId: ids.security });
  });

  it('says why a custom competence gets only the methods that help any effort', async () => {
    const doc = structuredClone(planDocument);
    doc.competences[1]!.catalogKey = null;
    await renderWithPlan(<CompetencesSection />, doc);
    const list = suggestions('IT-sikkerhed', 'Foreslåede metoder');
    const notice = suggestMethods(doc, ids.security)!.notice!.da;
    expect(within(list).getByText(notice)).toBeTruthy();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  });
});

describe('suggested competences beside a driver', () => {
  it('adopts a new competence with the driver already set', async () => {
    const { api } = await renderWithPlan(<DriversSection />, planDocument);
    const list = suggestions('Nye systemer og teknologier', 'Foreslåede kompetencer');
    const general = catalogEntry('competence', 'general-skills')!.title.da;
    const item = suggestion(list, general);
    expect(
      within(item).getByText(driverCompetenceMatch('new-systems', 'general-skills')!.rationale.da),
    ).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: `Tilføj kompetencen: ${general}` }));
    await waitFor(() => expect(api.edits.createEntity).toHaveLength(1));
    expect(api.edits.createEntity[0]).toMatchObject({
      entity: 'competence',
      values: { catalogKey: 'general-skills', title: general, driverIds: [ids.newSystems] },
    });
    expect(api.edits.addLink).toHaveLength(0);
  });

  it('links a competence the plan has to one more driver', async () => {
    const doc = structuredClone(planDocument);
    doc.competences[0]!.driverIds = [ids.efficiency];
    const { api } = await renderWithPlan(<DriversSection />, doc);
    const list = suggestions('Nye systemer og teknologier', 'Foreslåede kompetencer');
    const item = suggestion(list, 'Optimering af arbejdsgange');
    fireEvent.click(
      within(item).getByRole('button', {
        name: 'Knyt til baggrunden: Optimering af arbejdsgange',
      }),
    );
    await waitFor(() => expect(api.edits.addLink).toHaveLength(1));
    expect(api.edits.addLink[0]).toEqual({
      kind: 'competence-driver',
      fromId: ids.workflows,
      toId: ids.newSystems,
    });
    expect(api.edits.createEntity).toHaveLength(0);
    expect(
      within(
        suggestion(
          suggestions('Nye systemer og teknologier', 'Foreslåede kompetencer'),
          'Optimering af arbejdsgange',
        ),
      ).getByText('Valgt'),
    ).toBeTruthy();
  });
});
