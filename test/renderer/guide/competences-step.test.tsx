// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  catalogEntry,
  driverCompetenceMatch,
  type CompetenceKey,
} from '../../../src/shared/catalog';
import { back, findStep, isTicked, next, record, renderGuide, storeRecord, tick } from './helpers';
import { planAfterStep3, uuid } from './plan-builder';

const title = (key: CompetenceKey) => catalogEntry('competence', key)!.title.da;

function values(key: CompetenceKey, priority: number, driverIds: string[], groupIds: string[]) {
  const entry = catalogEntry('competence', key)!;
  return {
    entity: 'competence',
    values: {
      catalogKey: key,
      title: entry.title.da,
      description: entry.description.da,
      priority,
      driverIds,
      targetGroupIds: groupIds,
    },
  };
}

describe('step 4: which competences', () => {
  it('suggests what the drivers call for with the catalogue’s reasons, the best fits ticked', async () => {
    const { doc, record: stored } = planAfterStep3(
      [
        ['new-systems', 1],
        ['security', 2],
      ],
      ['Sagsbehandlere', 'Ledere'],
    );
    storeRecord(stored);
    const { created } = await renderGuide(doc);
    await findStep(4);

    const list = screen.getByRole('group', { name: 'Foreslåede kompetencer' });
    expect(
      within(list)
        .getAllByRole('checkbox')
        .map((b) => b.getAttribute('aria-describedby') !== null),
    ).toEqual(Array(7).fill(true));
    expect(isTicked(title('general-skills'))).toBe(true);
    expect(isTicked(title('trainer-skills'))).toBe(true);
    expect(isTicked(title('it-security'))).toBe(true);
    expect(isTicked(title('workflow-optimisation'))).toBe(false);
    const reason = driverCompetenceMatch('new-systems', 'general-skills')!.rationale.da;
    expect(screen.getByText(reason)).toBeTruthy();
    expect(
      screen.getByText(
        'Kompetencerne knyttes til de baggrunde, der foreslår dem, og til målgrupperne Sagsbehandlere og Ledere.',
      ),
    ).toBeTruthy();

    tick(title('workflow-optimisation'));
    await next(5);

    const [systems, security] = [uuid(100), uuid(101)];
    const groups = [uuid(200), uuid(201)];
    expect(created()).toEqual([
      values('general-skills', 1, [systems], groups),
      values('trainer-skills', 1, [systems], groups),
      values('it-security', 2, [security], groups),
      values('workflow-optimisation', 1, [systems], groups),
    ]);
    expect(record().created.competence).toHaveLength(4);
  });

  it('links a competence that several drivers call for to each of them', async () => {
    const { doc, record: stored } = planAfterStep3(
      [
        ['strategy', 2],
        ['efficiency', 1],
      ],
      ['Ledere'],
    );
    storeRecord(stored);
    const { api } = await renderGuide(doc);
    await findStep(4);
    const mindsetBox = screen.getByRole('checkbox', { name: title('digital-mindset') });
    const described = document.getElementById(mindsetBox.getAttribute('aria-describedby')!)!;
    expect(described.textContent).toContain(
      'Foreslået ud fra: Digital udvikling som strategisk satsning og Effektivisering',
    );
    await next(5);
    const mindset = api.doc().competences.find((c) => c.catalogKey === 'digital-mindset')!;
    expect(mindset.driverIds).toEqual([uuid(100), uuid(101)]);
    // Efficiency is the more urgent of the two, so the competence inherits its priority.
    expect(mindset.priority).toBe(1);
  });

  it('deletes what is unticked on coming back, keeps the untick, and links groups added since', async () => {
    const { doc, record: stored } = planAfterStep3([['security', 1]], ['Sagsbehandlere']);
    storeRecord(stored);
    const { api, deleted, links } = await renderGuide(doc);
    await findStep(4);
    await next(5);
    const itSecurity = api.doc().competences[0]!;
    expect(itSecurity.catalogKey).toBe('it-security');

    await back(4);
    // Going back from step 5 saves it too: its preselected method is in the plan now.
    const courses = api.doc().methods[0]!;
    expect(courses.catalogKey).toBe('courses-in-practice');
    await back(3);
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj målgruppen »Ledere«' }));
    await next(4);
    const leaders = api.doc().targetGroups.find((g) => g.name === 'Ledere')!;
    // Shown again, still ticked because the plan has it; nothing preselected a second time.
    expect(isTicked(title('it-security'))).toBe(true);
    await next(5);
    expect(links().filter((l) => l.kind !== 'competence-method')).toEqual([
      { kind: 'competence-targetGroup', fromId: itSecurity.id, toId: leaders.id },
    ]);

    await back(4);
    tick(title('it-security'), false);
    await next(5);
    // The method the guide made for it goes too: nothing uses it any more.
    expect(deleted()).toEqual([
      { entity: 'competence', id: itSecurity.id },
      { entity: 'method', id: courses.id },
    ]);
    expect(api.doc().methods).toEqual([]);
    await back(4);
    expect(isTicked(title('it-security'))).toBe(false);
  });

  it('asks for the current and target level of each chosen competence and saves them with it', async () => {
    const { doc, record: stored } = planAfterStep3([['security', 1]], ['Sagsbehandlere']);
    storeRecord(stored);
    const { api } = await renderGuide(doc);
    await findStep(4);
    const security = title('it-security');
    expect(isTicked(security)).toBe(true);
    fireEvent.change(screen.getByLabelText(`Niveau i dag for »${security}«`), {
      target: { value: '2' },
    });
    fireEvent.change(screen.getByLabelText(`Målniveau for »${security}«`), {
      target: { value: '4' },
    });
    // A competence not chosen is not asked about.
    for (const other of within(screen.getByRole('group', { name: 'Foreslåede kompetencer' }))
      .getAllByRole('checkbox')
      .filter((box) => !(box as HTMLInputElement).checked)) {
      const name = other.parentElement?.querySelector('label')?.textContent ?? '';
      expect(screen.queryByLabelText(`Niveau i dag for »${name}«`)).toBeNull();
    }
    await next(5);
    const saved = api.doc().competences.find((c) => c.title === security);
    expect([saved?.currentLevel, saved?.targetLevel]).toEqual([2, 4]);

    // Back again, the levels are shown as saved and a change is saved onto the same row.
    await back(4);
    expect(screen.getByLabelText<HTMLSelectElement>(`Målniveau for »${security}«`).value).toBe('4');
    fireEvent.change(screen.getByLabelText(`Målniveau for »${security}«`), {
      target: { value: '5' },
    });
    await next(5);
    expect(api.calls.updateEntity).toEqual([
      { entity: 'competence', id: saved!.id, patch: { targetLevel: 5 } },
    ]);
  });
});
