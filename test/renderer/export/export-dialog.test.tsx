// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/renderer/store';
import { planDocument } from '../fixtures';
import { openCore, type InProcessCore } from '../real-core';
import { renderApp } from '../render-app';

const PDF_NAME = 'Kompetenceplan for den digitale omstilling 2026–2027.pdf';

async function openDialog(): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name: 'Eksportér …' });
  // As a real click does: the button has focus when the dialog opens.
  button.focus();
  fireEvent.click(button);
  return screen.findByRole('dialog', { name: 'Eksportér planen' });
}

/** A real PDF or workbook takes the core a few seconds on a busy machine. */
const WRITTEN = { timeout: 20_000 };

const box = (dialog: HTMLElement, name: string) =>
  within(dialog).getByRole<HTMLInputElement>('checkbox', { name });

/** What the core answered the screen's first export. */
function exported(core: InProcessCore) {
  const answer = core.answers.exportPlan?.[0];
  if (!answer?.ok) throw new Error('nothing was exported');
  return answer.value;
}

describe('the export dialog', () => {
  it('offers every section but the agenda page ticked, remembers what was unticked for this plan only', async () => {
    const fake = await openCore({ plan: planDocument });
    const other = fake.writePlan('Anden plan.omstil', {
      ...planDocument,
      plan: { ...planDocument.plan, id: '11111111-1111-4111-8111-111111111111' },
    });
    renderApp(fake);
    let dialog = await openDialog();
    const boxes = within(dialog).getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes[0]?.labels?.[0]?.textContent).toBe('Forside til SU’s dagsorden');
    expect(boxes[0]?.checked).toBe(false);
    expect(boxes[1]?.labels?.[0]?.textContent).toBe('Forside');
    expect(boxes.slice(1).every((b) => b.checked)).toBe(true);

    fireEvent.click(box(dialog, 'Baggrunde og udfordringer'));
    fireEvent.click(box(dialog, 'Tidsplan'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Focus goes back to the button that opened the dialog.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Eksportér …' }));

    dialog = await openDialog();
    expect(box(dialog, 'Baggrunde og udfordringer').checked).toBe(false);
    expect(box(dialog, 'Tidsplan').checked).toBe(false);
    expect(box(dialog, 'Sammenfatning').checked).toBe(true);
    fireEvent.keyDown(dialog, { key: 'Escape' });

    await act(() => useAppStore.getState().openPlan(other));
    dialog = await openDialog();
    expect(box(dialog, 'Baggrunde og udfordringer').checked).toBe(true);
    expect(box(dialog, 'Tidsplan').checked).toBe(true);
  });

  it('saves the PDF with the chosen sections beside the plan and says where', async () => {
    const fake = await openCore({ plan: planDocument });
    renderApp(fake);
    const dialog = await openDialog();
    const path = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Gem som' });
    expect(path.value).toBe(fake.at(PDF_NAME));
    fireEvent.click(box(dialog, 'Valgte metoder'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect(
      await within(dialog).findByText(`Gemt som ${path.value}`, { exact: false }, WRITTEN),
    ).toBeTruthy();
    const { pages } = exported(fake);
    expect(pages).toBeGreaterThan(1);
    expect(within(dialog).getByText(`PDF’en har ${String(pages)} sider.`)).toBeTruthy();
    expect(fake.calls.exportPlan).toHaveLength(1);
    const [input] = fake.calls.exportPlan!;
    expect(input).toMatchObject({
      path: path.value,
      format: 'pdf',
      language: 'da',
      overwrite: false,
    });
    expect(input?.sections).toContain('cover');
    expect(input?.sections).not.toContain('methods');
    // The browser host cannot open files in another program, so there is nothing to print from.
    expect(within(dialog).queryByRole('button', { name: 'Udskriv …' })).toBeNull();
  });

  it('saves a workbook under .xlsx without the plan’s data unless asked, in English on request, with Enter in the path field', async () => {
    const fake = await openCore({ plan: planDocument });
    renderApp(fake);
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Excel-regneark' }));
    // The workbook's one choice, and it starts unticked.
    const planData = box(dialog, 'Medtag planens data, så filen kan læses ind i Omstil igen');
    expect(within(dialog).getAllByRole('checkbox')).toEqual([planData]);
    expect(planData.checked).toBe(false);
    expect(planData.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('combobox', { name: /Sprog/ }), {
      target: { value: 'en' },
    });
    const path = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Gem som' });
    expect(path.value.endsWith('2026–2027.xlsx')).toBe(true);
    fireEvent.submit(path.closest('form')!);
    await within(dialog).findByText(/Gemt som/, undefined, WRITTEN);
    expect(fake.calls.exportPlan?.[0]).toMatchObject({
      format: 'xlsx',
      language: 'en',
      withPlanData: false,
    });
    expect(fake.calls.exportPlan?.[0]?.sections).toBeUndefined();
    expect(exported(fake).path).toBe(path.value);

    fireEvent.click(planData);
    expect(planData.checked).toBe(true);
    fireEvent.submit(path.closest('form')!);
    await waitFor(() => expect(fake.calls.exportPlan).toHaveLength(2), WRITTEN);
    expect(fake.calls.exportPlan?.[1]).toMatchObject({ format: 'xlsx', withPlanData: true });
  });

  it('saves a calendar without section choices and counts the activities it has no day for', async () => {
    const [dated, undated] = planDocument.activities;
    const fake = await openCore({
      plan: { ...planDocument, activities: [dated!, { ...undated!, start: null, end: null }] },
    });
    renderApp(fake);
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Kalenderfil til Outlook (.ics)' }));
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    const leftOut =
      '1 indsats har hverken start- eller slutdato og er derfor ikke med i kalenderen.';
    // Told before saving, in place of a preview, what the calendar will hold.
    const preview = within(dialog).getByRole('region', { name: 'Forhåndsvisning' });
    expect(within(preview).getByText('1 indsats, fra første til sidste dag')).toBeTruthy();
    expect(within(preview).getByText(leftOut)).toBeTruthy();
    const path = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Gem som' });
    expect(path.value.endsWith('2026–2027.ics')).toBe(true);
    fireEvent.submit(path.closest('form')!);
    await within(dialog).findByText(/Gemt som/, undefined, WRITTEN);
    expect(fake.calls.exportPlan?.[0]).toMatchObject({ format: 'ics' });
    expect(within(within(dialog).getByRole('status')).getByText(leftOut)).toBeTruthy();
  });

  it('shows a Danish error when the file cannot be written, and keeps the dialog open', async () => {
    const fake = await openCore({ plan: planDocument });
    // A folder that is not there (a drive that went away) cannot take the file.
    const target = fake.at('Mappen findes ikke/Plan.pdf');
    renderApp(fake);
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Gem som' }), {
      target: { value: target },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));
    const alert = await within(dialog).findByRole('alert', undefined, WRITTEN);
    expect(alert.textContent).toContain('Filen blev ikke gemt');
    expect(alert.textContent).toContain(`Filen ${target} kunne ikke læses eller skrives`);
    expect(alert.textContent).toContain('Er filen åben i et andet program');
    expect(screen.getByRole('dialog', { name: 'Eksportér planen' })).toBeTruthy();
  });

  it('says an existing file is left alone, naming it', async () => {
    const fake = await openCore({ plan: planDocument });
    const target = fake.writeFile('Referat.pdf', 'referatet fra SU-mødet');
    renderApp(fake);
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Gem som' }), {
      target: { value: target },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(`Der findes allerede en fil med navnet ${target}`);
  });

  it('puts the agenda page first when chosen, with the text the plan keeps for it', async () => {
    const fake = await openCore({ plan: planDocument });
    renderApp(fake);
    let dialog = await openDialog();
    const label = 'Indstilling til samarbejdsudvalget';
    expect(within(dialog).queryByLabelText(label)).toBeNull();
    fireEvent.click(box(dialog, 'Forside til SU’s dagsorden'));
    const field = within(dialog).getByLabelText<HTMLTextAreaElement>(label);
    const request = 'godkender kompetenceplanen og budgettet for 2027.';
    fireEvent.change(field, { target: { value: request } });
    fireEvent.blur(field);
    await waitFor(async () =>
      expect((await fake.snapshot())?.document.plan.agendaRequest).toBe(request),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await within(dialog).findByText('Gemt som', { exact: false }, WRITTEN);
    expect(fake.calls.exportPlan?.[0]?.sections?.slice(0, 2)).toEqual(['agenda', 'cover']);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // The choice is remembered for the plan, and the field shows the plan's text.
    dialog = await openDialog();
    expect(box(dialog, 'Forside til SU’s dagsorden').checked).toBe(true);
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>(label).value).toBe(request);
  });

  it('will not save a PDF without sections', async () => {
    const fake = await openCore({ plan: planDocument });
    renderApp(fake);
    const dialog = await openDialog();
    for (const checkbox of within(dialog).getAllByRole<HTMLInputElement>('checkbox')) {
      if (checkbox.checked) fireEvent.click(checkbox);
    }
    expect(within(dialog).getByText('Vælg mindst ét afsnit.')).toBeTruthy();
    const save = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Gem' });
    expect(save.disabled).toBe(true);
    fireEvent.submit(save.closest('form')!);
    expect(fake.calls.exportPlan).toBeUndefined();
  });

  it('uses the native save dialog in the desktop app and offers to print the PDF', async () => {
    const fake = await openCore({ plan: planDocument, desktop: true });
    const chosen = fake.at('Til direktionen.pdf');
    fake.dialogAnswers.push(chosen);
    renderApp(fake);
    const dialog = await openDialog();
    expect(within(dialog).queryByRole('textbox', { name: 'Gem som' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await within(dialog).findByText(`Gemt som ${chosen}`, { exact: false }, WRITTEN);
    expect(fake.calls.chooseFile).toEqual([
      { purpose: 'export', suggestedName: PDF_NAME, format: 'pdf' },
    ]);
    // The native dialog has asked before replacing a file.
    expect(fake.calls.exportPlan?.[0]).toMatchObject({ path: chosen, overwrite: true });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Udskriv …' }));
    await waitFor(() => expect(fake.openedFiles).toEqual([chosen]));
    expect(fake.calls.openExportedFile).toEqual([{ path: chosen }]);
  });
});
