// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  catalogEntry,
  competenceMethodMatch,
  type CompetenceKey,
  type MethodKey,
} from '../../../src/shared/catalog';
import { back, findStep, next, record, renderGuide, storeRecord } from './helpers';
import { planAfterStep4, uuid } from './plan-builder';

const method = (key: MethodKey) => catalogEntry('method', key)!;
const competence = (key: CompetenceKey) => catalogEntry('competence', key)!.title.da;

function group(key: CompetenceKey): HTMLElement {
  return screen.getByRole('group', { name: `Metoder til »${competence(key)}«` });
}

function box(key: CompetenceKey, methodKey: MethodKey): HTMLInputElement {
  return within(group(key)).getByRole<HTMLInputElement>('checkbox', {
    name: method(methodKey).title.da,
  });
}

describe('step 5: which methods', () => {
  it('suggests methods per competence with reasons, and makes each method once', async () => {
    const { doc, record: stored } = planAfterStep4(['general-skills', 'it-security']);
    storeRecord(stored);
    const { created, links } = await renderGuide(doc);
    await findStep(5);

    expect(box('general-skills', 'courses-in-practice').checked).toBe(true);
    expect(box('general-skills', 'peer-training').checked).toBe(true);
    expect(box('general-skills', 'needs-assessment').checked).toBe(false);
    expect(box('it-security', 'courses-in-practice').checked).toBe(true);
    const reason = competenceMethodMatch('general-skills', 'peer-training')!.rationale.da;
    expect(within(group('general-skills')).getByText(reason)).toBeTruthy();

    // What can only support is folded away until asked for.
    expect(
      within(group('general-skills')).queryByRole('checkbox', {
        name: method('learning-objectives').title.da,
      }),
    ).toBeNull();
    const more = within(group('general-skills')).getByRole('button', {
      name: 'Vis 1 metode mere, som kan støtte',
    });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    fireEvent.click(box('general-skills', 'learning-objectives'));

    await next(6);
    const courses = method('courses-in-practice');
    const peer = method('peer-training');
    const objectives = method('learning-objectives');
    expect(created()).toEqual([
      {
        entity: 'method',
        values: {
          catalogKey: 'courses-in-practice',
          title: courses.title.da,
          description: courses.description.da,
        },
      },
      {
        entity: 'method',
        values: {
          catalogKey: 'peer-training',
          title: peer.title.da,
          description: peer.description.da,
        },
      },
      {
        entity: 'method',
        values: {
          catalogKey: 'learning-objectives',
          title: objectives.title.da,
          description: objectives.description.da,
        },
      },
    ]);
    const [coursesId, peerId, objectivesId] = record().created.method;
    expect(links()).toEqual([
      { kind: 'competence-method', fromId: uuid(300), toId: coursesId },
      { kind: 'competence-method', fromId: uuid(300), toId: peerId },
      { kind: 'competence-method', fromId: uuid(300), toId: objectivesId },
      { kind: 'competence-method', fromId: uuid(301), toId: coursesId },
    ]);
  });

  it('removes an unticked link on coming back, and the method with it when nothing uses it', async () => {
    const { doc, record: stored } = planAfterStep4(['general-skills', 'it-security']);
    storeRecord(stored);
    const { api, deleted } = await renderGuide(doc);
    await findStep(5);
    await next(6);
    const peer = api.doc().methods.find((m) => m.catalogKey === 'peer-training')!;
    const courses = api.doc().methods.find((m) => m.catalogKey === 'courses-in-practice')!;

    await back(5);
    expect(box('general-skills', 'peer-training').checked).toBe(true);
    fireEvent.click(box('general-skills', 'peer-training'));
    fireEvent.click(box('general-skills', 'courses-in-practice'));
    await next(6);

    expect(api.calls.removeLink).toEqual([
      { kind: 'competence-method', fromId: uuid(300), toId: courses.id },
      { kind: 'competence-method', fromId: uuid(300), toId: peer.id },
    ]);
    // Courses still serve the other competence; peer training serves nothing and goes.
    expect(deleted()).toEqual([{ entity: 'method', id: peer.id }]);
    expect(api.doc().methods.map((m) => m.catalogKey)).toEqual(['courses-in-practice']);
    await back(5);
    expect(box('general-skills', 'peer-training').checked).toBe(false);
  });

  it('says so when the guide has made no competences', async () => {
    const { doc, record: stored } = planAfterStep4([]);
    storeRecord(stored);
    await renderGuide(doc);
    await findStep(5);
    expect(screen.getByText(/Guiden har ikke lagt nogen kompetencer i planen/)).toBeTruthy();
    await next(6);
  });
});
