// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EditableDate,
  EditableNumber,
  EditableSelect,
  EditableText,
  LinkListEditor,
  TextListEditor,
} from '../../../src/renderer/components/fields';
import { parseLocaleNumber } from '../../../src/renderer/components/fields/parse-number';
import { fieldKey, resetAppStore, useAppStore } from '../../../src/renderer/store';
import { openCore } from '../real-core';

afterEach(cleanup);

async function setUp(language: 'da' | 'en' = 'da') {
  resetAppStore((await openCore()).api, language);
}

const refusal = (key: string, da: string) =>
  useAppStore.setState({
    fieldErrors: { [key]: { path: 'title', rule: 'required', message: { da, en: da } } },
  });

describe('EditableText', () => {
  it('commits once on blur, once on Enter, and not at all when nothing changed', async () => {
    await setUp();
    const onCommit = vi.fn(() => Promise.resolve(true));
    render(<EditableText label="Titel" value="Gammel" onCommit={onCommit} />);
    const input = screen.getByLabelText('Titel');

    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: 'Ny' } });
    expect(input.hasAttribute('data-uncommitted')).toBe(true);
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    await waitFor(() => expect(onCommit).toHaveBeenCalledTimes(1));
    expect(onCommit).toHaveBeenCalledWith('Ny');
  });

  it('puts the plan’s value back on Escape', async () => {
    await setUp();
    const onCommit = vi.fn();
    render(<EditableText label="Titel" value="Gammel" onCommit={onCommit} />);
    const input = screen.getByLabelText<HTMLInputElement>('Titel');
    fireEvent.change(input, { target: { value: 'Forkert' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('Gammel');
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('keeps refused text in the field and shows the refusal beside it', async () => {
    await setUp();
    const key = fieldKey('activity', 'a1', 'title');
    const onCommit = vi.fn(async () => {
      refusal(key, 'Teksten er for lang.');
      return Promise.resolve(false);
    });
    render(<EditableText label="Titel" value="Gammel" errorKey={key} onCommit={onCommit} />);
    const input = screen.getByLabelText<HTMLInputElement>('Titel');
    fireEvent.change(input, { target: { value: 'Meget lang' } });
    fireEvent.blur(input);

    const message = await screen.findByRole('alert');
    expect(message.textContent).toBe('Teksten er for lang.');
    expect(input.value).toBe('Meget lang');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(message.id);

    // Escape gives up the change and the refusal with it.
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('Gammel');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useAppStore.getState().fieldErrors[key]).toBeUndefined();
  });

  it('refuses an empty required text without asking the core', async () => {
    await setUp();
    const onCommit = vi.fn();
    render(<EditableText label="Navn" value="Lone" required onCommit={onCommit} />);
    const input = screen.getByLabelText(/Navn/);
    fireEvent.change(input, { target: { value: '  ' } });
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Feltet skal udfyldes.');
  });

  it('saves a multi-line text with Ctrl+Enter, not Enter', async () => {
    await setUp();
    const onCommit = vi.fn(() => Promise.resolve(true));
    render(<EditableText label="Formål" value="" multiline onCommit={onCommit} />);
    const area = screen.getByLabelText('Formål');
    fireEvent.change(area, { target: { value: 'Linje 1' } });
    fireEvent.keyDown(area, { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(area, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onCommit).toHaveBeenCalledWith('Linje 1'));
  });
});

describe('EditableNumber', () => {
  it('reads numbers as the reader writes them', () => {
    expect(parseLocaleNumber('1.250.000', 'da')).toBe(1_250_000);
    expect(parseLocaleNumber('2,5', 'da')).toBe(2.5);
    expect(parseLocaleNumber('2.5', 'da')).toBe(2.5);
    expect(parseLocaleNumber('1 250 000,50', 'da')).toBe(1_250_000.5);
    expect(parseLocaleNumber('1,250,000', 'en')).toBe(1_250_000);
    expect(parseLocaleNumber('2.5', 'en')).toBe(2.5);
    expect(parseLocaleNumber('', 'da')).toBeNull();
    expect(parseLocaleNumber('12a', 'da')).toBeNaN();
  });

  it('shows Danish amounts and commits the number', async () => {
    await setUp();
    const onCommit = vi.fn(() => Promise.resolve(true));
    render(
      <EditableNumber
        label="Budget"
        value={1_250_000}
        unit="kr."
        step={0.01}
        min={0}
        onCommit={onCommit}
      />,
    );
    const input = screen.getByLabelText<HTMLInputElement>('Budget');
    expect(input.value).toBe('1.250.000');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.change(input, { target: { value: '1.300.000' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(onCommit).toHaveBeenCalledWith(1_300_000));
  });

  it('says what is wrong with text that is not a number, and keeps it', async () => {
    await setUp();
    const onCommit = vi.fn();
    render(<EditableNumber label="Fremdrift" value={40} min={0} max={100} onCommit={onCommit} />);
    const input = screen.getByLabelText<HTMLInputElement>('Fremdrift');
    fireEvent.change(input, { target: { value: 'fyrre' } });
    fireEvent.blur(input);
    // The example fits the field: a share in per cent, not an amount of money.
    expect(screen.getByRole('alert').textContent).toBe('Skriv et tal fra 0 til 100, fx 50.');
    expect(input.value).toBe('fyrre');
    fireEvent.change(input, { target: { value: '140' } });
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toBe('Skriv et tal fra 0 til 100.');
    fireEvent.change(input, { target: { value: '4,5' } });
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toBe('Skriv et helt tal, fx 50.');
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('clears to null only where empty is allowed', async () => {
    await setUp();
    const onCommit = vi.fn(() => Promise.resolve(true));
    render(<EditableNumber label="Antal" value={42} allowEmpty onCommit={onCommit} />);
    fireEvent.change(screen.getByLabelText('Antal'), { target: { value: '' } });
    fireEvent.blur(screen.getByLabelText('Antal'));
    await waitFor(() => expect(onCommit).toHaveBeenCalledWith(null));
  });
});

describe('EditableSelect and EditableDate', () => {
  it('saves a choice as soon as it is made', async () => {
    await setUp();
    const onCommit = vi.fn();
    render(
      <EditableSelect
        label="Status"
        value="planned"
        options={[
          { value: 'planned', label: 'Planlagt' },
          { value: 'done', label: 'Gennemført' },
        ]}
        onCommit={onCommit}
      />,
    );
    const select = screen.getByLabelText<HTMLSelectElement>('Status');
    expect(select.selectedOptions[0]?.textContent).toBe('Planlagt');
    fireEvent.change(select, { target: { value: '1' } });
    expect(onCommit).toHaveBeenCalledWith('done');
  });

  it('commits a date on blur and an emptied date as null', async () => {
    await setUp();
    const onCommit = vi.fn(() => Promise.resolve(true));
    render(<EditableDate label="Start" value="2026-02-02" onCommit={onCommit} />);
    const input = screen.getByLabelText('Start');
    fireEvent.change(input, { target: { value: '2026-03-01' } });
    fireEvent.blur(input);
    await waitFor(() => expect(onCommit).toHaveBeenCalledWith('2026-03-01'));
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    await waitFor(() => expect(onCommit).toHaveBeenLastCalledWith(null));
  });
});

describe('LinkListEditor', () => {
  const options = [
    { id: 'c1', label: 'Digital forståelse' },
    { id: 'c2', label: 'IT-sikkerhed' },
    { id: 'c3', label: 'Digital ledelse' },
  ];

  it('adds with the keyboard through the combobox and removes with the buttons', async () => {
    await setUp();
    const onAdd = vi.fn(() => Promise.resolve(true));
    const onRemove = vi.fn(() => Promise.resolve(true));
    render(
      <LinkListEditor
        label="Kompetencer"
        options={options}
        selectedIds={['c2']}
        onAdd={onAdd}
        onRemove={onRemove}
        addLabel="Tilføj kompetence"
      />,
    );
    const group = screen.getByRole('group', { name: 'Kompetencer' });
    expect(within(group).getByText('IT-sikkerhed')).toBeTruthy();

    const box = within(group).getByRole('combobox', { name: 'Tilføj kompetence' });
    fireEvent.change(box, { target: { value: 'digital' } });
    const list = screen.getByRole('listbox', { hidden: false });
    // The one already chosen is not offered again.
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Digital forståelse', 'Digital ledelse']);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(
      within(list).getAllByRole('option')[1]?.id,
    );
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onAdd).toHaveBeenCalledWith('c3');
    expect((box as HTMLInputElement).value).toBe('');

    fireEvent.click(within(group).getByRole('button', { name: 'Fjern »IT-sikkerhed«' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledWith('c2'));
  });
});

describe('TextListEditor', () => {
  it('adds, edits, moves and removes items, each as one commit of the whole list', async () => {
    await setUp();
    const onCommit = vi.fn(() => Promise.resolve(true));
    const { rerender } = render(
      <TextListEditor
        label="Principper"
        items={['A', 'B']}
        addLabel="Nyt princip"
        onCommit={onCommit}
      />,
    );
    fireEvent.change(screen.getByLabelText('Nyt princip'), { target: { value: 'C' } });
    fireEvent.keyDown(screen.getByLabelText('Nyt princip'), { key: 'Enter' });
    await waitFor(() => expect(onCommit).toHaveBeenLastCalledWith(['A', 'B', 'C']));

    fireEvent.click(screen.getByRole('button', { name: 'Flyt »B« op' }));
    await waitFor(() => expect(onCommit).toHaveBeenLastCalledWith(['B', 'A']));

    fireEvent.keyDown(screen.getByLabelText('Punkt 1'), { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(onCommit).toHaveBeenLastCalledWith(['B', 'A']));

    const first = screen.getByLabelText('Punkt 1');
    fireEvent.change(first, { target: { value: 'A2' } });
    fireEvent.keyDown(first, { key: 'Enter' });
    await waitFor(() => expect(onCommit).toHaveBeenLastCalledWith(['A2', 'B']));

    fireEvent.click(screen.getByRole('button', { name: 'Fjern »B«' }));
    await waitFor(() => expect(onCommit).toHaveBeenLastCalledWith(['A']));
    rerender(
      <TextListEditor label="Principper" items={[]} addLabel="Nyt princip" onCommit={onCommit} />,
    );
    expect(screen.getByText('Listen er tom.')).toBeTruthy();
  });
});
