import { describe, expect, it, vi } from 'vitest';
import type { BaseWindow } from 'electron';
import {
  createChooseFile,
  createChooseTrendsSources,
  withPlanExtension,
} from '../../../src/main/electron/dialogs';

function setup(parent?: BaseWindow) {
  const showOpenDialog = vi.fn();
  const showSaveDialog = vi.fn();
  const chooseFile = createChooseFile({
    dialog: { showOpenDialog, showSaveDialog },
    parent: () => parent,
    defaultFolder: '/home/anne/Dokumenter',
    language: 'da',
  });
  return { chooseFile, showOpenDialog, showSaveDialog };
}

const FILTER = [{ name: 'Omstil-plan', extensions: ['omstil'] }];

describe('native file dialogs', () => {
  it('opens a plan with a Danish title and the plan filter', async () => {
    const { chooseFile, showOpenDialog } = setup();
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/p/a.omstil'] });
    await expect(chooseFile('open')).resolves.toBe('/p/a.omstil');
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Åbn plan',
        filters: FILTER,
        defaultPath: '/home/anne/Dokumenter',
        properties: ['openFile'],
      }),
    );
  });

  it('opens a plan to import as its JSON file or as a workbook Omstil wrote with the plan’s data', async () => {
    const { chooseFile, showOpenDialog } = setup();
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/p/plan.xlsx'] });
    await expect(chooseFile('import', undefined, 'json')).resolves.toBe('/p/plan.xlsx');
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Importér en plan fra en JSON-fil eller et regneark',
        filters: [{ name: 'Plan som JSON eller Excel-projektmappe', extensions: ['json', 'xlsx'] }],
        properties: ['openFile'],
      }),
    );
  });

  it('opens a committee’s own list for »Importér fra Excel …« with the workbook filter alone', async () => {
    const { chooseFile, showOpenDialog } = setup();
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/p/liste.xlsx'] });
    await expect(chooseFile('import', undefined, 'xlsx')).resolves.toBe('/p/liste.xlsx');
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Vælg regnearket med indsatserne',
        filters: [{ name: 'Excel-projektmappe', extensions: ['xlsx'] }],
      }),
    );
  });

  it('opens a team’s plan as a plan file or a JSON file, and never saves', async () => {
    const { chooseFile, showOpenDialog, showSaveDialog } = setup();
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/p/team.omstil'] });
    await expect(chooseFile('teamPlan')).resolves.toBe('/p/team.omstil');
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Vælg teamets plan',
        filters: [...FILTER, { name: 'JSON-fil', extensions: ['json'] }],
        properties: ['openFile'],
      }),
    );
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('belongs to its window when there is one', async () => {
    const parent = { id: 1 } as unknown as BaseWindow;
    const { chooseFile, showOpenDialog } = setup(parent);
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(chooseFile('open')).resolves.toBeNull();
    expect(showOpenDialog.mock.calls[0]?.[0]).toBe(parent);
  });

  it('suggests a name in the default folder when saving a copy', async () => {
    const { chooseFile, showSaveDialog } = setup();
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/p/kopi' });
    await expect(chooseFile('saveCopy', '../../Plan 2026')).resolves.toBe('/p/kopi.omstil');
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Gem en kopi af planen',
        filters: FILTER,
        defaultPath: '/home/anne/Dokumenter/Plan 2026.omstil',
      }),
    );
  });

  it('returns null when a new plan is cancelled', async () => {
    const { chooseFile, showSaveDialog } = setup();
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(chooseFile('new')).resolves.toBeNull();
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Ny plan' }));
  });

  it('adds the extension only when it is missing', () => {
    expect(withPlanExtension('/p/a')).toBe('/p/a.omstil');
    expect(withPlanExtension('/p/a.OMSTIL')).toBe('/p/a.OMSTIL');
    expect(withPlanExtension('/p/a.omstil')).toBe('/p/a.omstil');
  });

  it('saves an export under its own format, filtered and with its extension added', async () => {
    const { chooseFile, showSaveDialog } = setup();
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/p/Plan 2026' });
    await expect(chooseFile('export', 'Plan 2026.pdf', 'pdf')).resolves.toBe('/p/Plan 2026.pdf');
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Eksportér planen',
        buttonLabel: 'Eksportér',
        filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
        defaultPath: '/home/anne/Dokumenter/Plan 2026.pdf',
        properties: expect.arrayContaining(['showOverwriteConfirmation']) as unknown,
      }),
    );
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/p/Indsatser.CSV' });
    await expect(chooseFile('export', 'Indsatser', 'csv')).resolves.toBe('/p/Indsatser.CSV');
    expect(showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({
        filters: [{ name: 'CSV-fil (semikolonsepareret)', extensions: ['csv'] }],
        defaultPath: '/home/anne/Dokumenter/Indsatser.csv',
      }),
    );
  });

  it('saves a calendar with the calendar filter and .ics added', async () => {
    const { chooseFile, showSaveDialog } = setup();
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/p/Kompetenceplan' });
    await expect(chooseFile('export', 'Kompetenceplan.ics', 'ics')).resolves.toBe(
      '/p/Kompetenceplan.ics',
    );
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        filters: [{ name: 'Kalenderfil (iCalendar)', extensions: ['ics'] }],
        defaultPath: '/home/anne/Dokumenter/Kompetenceplan.ics',
      }),
    );
  });

  it('chooses several plans, or one folder, for the trends, and nothing when cancelled', async () => {
    const showOpenDialog = vi.fn();
    const parent = { id: 1 } as unknown as BaseWindow;
    const choose = createChooseTrendsSources({
      dialog: { showOpenDialog, showSaveDialog: vi.fn() },
      parent: () => parent,
      defaultFolder: '/home/anne/Dokumenter',
      language: 'da',
    });
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/p/a.omstil', '/p/b.json'] });
    await expect(choose('files')).resolves.toEqual(['/p/a.omstil', '/p/b.json']);
    expect(showOpenDialog).toHaveBeenLastCalledWith(parent, {
      title: 'Vælg planerne, der skal tælles med',
      buttonLabel: 'Vælg',
      defaultPath: '/home/anne/Dokumenter',
      filters: [{ name: 'Omstil-plan eller JSON-fil', extensions: ['omstil', 'json'] }],
      properties: ['openFile', 'multiSelections'],
    });
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/p/planer'] });
    await expect(choose('folder')).resolves.toEqual(['/p/planer']);
    expect(showOpenDialog).toHaveBeenLastCalledWith(parent, {
      title: 'Vælg mappen med planerne',
      buttonLabel: 'Vælg mappe',
      defaultPath: '/home/anne/Dokumenter',
      properties: ['openDirectory'],
    });
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: ['/p/ignored'] });
    await expect(choose('folder')).resolves.toEqual([]);
  });
});
