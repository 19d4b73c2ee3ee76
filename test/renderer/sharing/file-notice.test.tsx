// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/shared/model/enums';
import type { Spoiling } from '../../helpers/in-process-core-shape';
import { planDocument } from '../fixtures';
import { openCore } from '../real-core';
import { renderApp } from '../render-app';

/**
 * The plan on the recent list, with a journal beside it when it is opened again: one of another
 * database (moved aside), or its own from a change a crash cut off (rolled back).
 */
async function openWithJournal(how: Spoiling, language: Language = 'da') {
  const core = await openCore();
  await core.remember(core.writePlan('Kompetenceplan 2026.omstil', planDocument));
  core.spoil(core.path, how);
  renderApp(core, { language });
  fireEvent.click(await screen.findByRole('button', { name: /Kompetenceplan 2026\.omstil/ }));
  // The plan's own steps: the start screen has a first heading too, until the plan's is drawn.
  await screen.findByRole('navigation', {
    name: language === 'en' ? 'Steps of the plan' : 'Planens trin',
  });
  const answer = core.answers.openPlan?.[0];
  if (!answer?.ok) throw new Error('the plan was refused');
  return { core, opened: answer.value };
}

/** The notice, found by its heading; read out politely, as a status. */
function fileNotice(heading = 'Om planfilen'): HTMLElement {
  const notice = screen.getByText(heading).closest<HTMLElement>('.alert')!;
  expect(notice.getAttribute('role')).toBe('status');
  return notice;
}

const organisation = () => screen.getByLabelText<HTMLInputElement>('Organisation');

describe('what happened to the file on the way in, on a plan open for editing', () => {
  it('says that a stray journal was moved aside, politely, and can be dismissed', async () => {
    const { opened } = await openWithJournal('stray-journal');
    expect(opened.file).toMatchObject({
      readOnly: false,
      notice: { code: 'journal-moved-aside' },
    });
    const message = opened.file.notice!.message.da;
    expect(message).toContain('En fremmed journalfil lå ved siden af planen');

    const notice = fileNotice();
    expect(within(notice).getByText(message)).toBeTruthy();
    // Nothing is wrong with the plan: it is not read-only and asks nothing.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Planen er åbnet skrivebeskyttet')).toBeNull();
    expect(organisation().readOnly).toBe(false);

    fireEvent.click(within(notice).getByRole('button', { name: 'Luk beskeden' }));
    expect(screen.queryByText(message)).toBeNull();
  });

  it('says that an interrupted change was rolled back and where the copies are kept', async () => {
    const { opened } = await openWithJournal('interrupted');
    expect(opened.file).toMatchObject({ readOnly: false, notice: { code: 'journal-recovered' } });
    const message = opened.file.notice!.message.da;
    expect(message).toContain('er rullet tilbage');
    expect(message).toContain('(før gendannelse).omstil');
    expect(within(fileNotice()).getByText(message)).toBeTruthy();
    expect(organisation().readOnly).toBe(false);
  });

  it('says it in English, with the core’s English message', async () => {
    const { opened } = await openWithJournal('stray-journal', 'en');
    expect(
      within(fileNotice('About the plan file')).getByText(opened.file.notice!.message.en),
    ).toBeTruthy();
  });
});
