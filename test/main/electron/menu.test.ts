import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import {
  buildMenuTemplate,
  type MenuCommand,
  type MenuOptions,
} from '../../../src/main/electron/menu';
import { MENU_LABELS, shellLanguage } from '../../../src/main/electron/menu-labels';
import type { RecentFile } from '../../../src/shared/api';

function build(overrides: Partial<MenuOptions> = {}) {
  const onCommand = vi.fn<(command: MenuCommand) => void>();
  const onOpenRecent = vi.fn();
  const template = buildMenuTemplate({
    labels: MENU_LABELS.da,
    recent: [],
    isPackaged: true,
    platform: 'win32',
    onCommand,
    onOpenRecent,
    ...overrides,
  });
  return { template, onCommand, onOpenRecent };
}

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

const byId = (items: MenuItemConstructorOptions[], id: string) => items.find((i) => i.id === id);

const click = (item: MenuItemConstructorOptions | undefined) =>
  item?.click?.({} as never, undefined, {});

describe('application menu', () => {
  it('has Filer, Rediger and Vis in Danish', () => {
    const { template } = build();
    expect(template.map((item) => item.label)).toEqual(['Filer', 'Redigér', 'Vis']);
  });

  it('has the File items with their accelerators', () => {
    const file = submenu(build().template[0]);
    const items = file
      .filter((item) => item.type !== 'separator')
      .map((item) => [item.label, item.accelerator ?? item.role ?? null]);
    expect(items).toEqual([
      ['Ny plan…', 'CmdOrCtrl+N'],
      ['Åbn…', 'CmdOrCtrl+O'],
      ['Åbn seneste', null],
      ['Importér fra JSON…', null],
      ['Tendenser på tværs af planer…', null],
      ['Gem en kopi…', 'CmdOrCtrl+Shift+S'],
      ['Eksportér…', 'CmdOrCtrl+E'],
      ['Flet med en kopi…', null],
      ['Indsæt et teams plan…', null],
      ['Importér fra Excel …', null],
      ['Luk plan', 'CmdOrCtrl+W'],
      ['Afslut', 'quit'],
    ]);
  });

  it('sends each File and Edit command as a ShellEvent command', () => {
    const { template, onCommand } = build();
    const [fileMenu, editMenu] = template;
    const file = submenu(fileMenu);
    const edit = submenu(editMenu);
    click(byId(file, 'file.new'));
    click(byId(file, 'file.open'));
    click(byId(file, 'file.import'));
    click(byId(file, 'file.trends'));
    click(byId(file, 'file.save-copy'));
    click(byId(file, 'file.export'));
    click(byId(file, 'file.merge'));
    click(byId(file, 'file.team-plan'));
    click(byId(file, 'file.import-excel'));
    click(byId(file, 'file.close'));
    click(byId(edit, 'edit.undo'));
    click(byId(edit, 'edit.redo'));
    expect(onCommand.mock.calls.map(([command]) => command)).toEqual([
      'new',
      'open',
      'import',
      'trends',
      'save-copy',
      'export',
      'merge',
      'file-team-plan',
      'import-excel',
      'close',
      'undo',
      'redo',
    ]);
  });

  it('has undo/redo with accelerators and the standard editing roles', () => {
    const edit = submenu(build().template[1]);
    expect(byId(edit, 'edit.undo')).toMatchObject({ label: 'Fortryd', accelerator: 'CmdOrCtrl+Z' });
    expect(byId(edit, 'edit.redo')).toMatchObject({
      label: 'Gentag',
      accelerator: 'CmdOrCtrl+Shift+Z',
    });
    const roles = edit.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('lists recent plans, a missing one disabled and marked', () => {
    const recent: RecentFile[] = [
      { path: '/p/HR & IT.omstil', name: 'HR & IT.omstil', exists: true, openedAt: '2026-01-02' },
      { path: '/gone/Gammel.omstil', name: 'Gammel.omstil', exists: false, openedAt: '2025-01-01' },
    ];
    const { template, onOpenRecent } = build({ recent });
    const items = submenu(byId(submenu(template[0]), 'file.recent'));
    expect(items.map((item) => [item.label, item.enabled])).toEqual([
      ['HR && IT.omstil', true],
      ['Gammel.omstil (mangler)', false],
    ]);
    click(items[0]);
    expect(onOpenRecent).toHaveBeenCalledWith('/p/HR & IT.omstil');
  });

  it('shows a disabled line when there are no recent plans', () => {
    const items = submenu(byId(submenu(build().template[0]), 'file.recent'));
    expect(items).toEqual([
      expect.objectContaining({ label: 'Ingen seneste planer', enabled: false }),
    ]);
  });

  it('offers reload only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      submenu(build({ isPackaged }).template[2]).map((item) => item.role);
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('reload');
    for (const packaged of [true, false]) {
      expect(roles(packaged)).toEqual(
        expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
      );
    }
  });

  it('follows macOS conventions there', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(submenu(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });

  it('speaks English to an English system, Danish to everyone else', () => {
    expect(shellLanguage(['en-GB', 'da'])).toBe('en');
    expect(shellLanguage(['da-DK'])).toBe('da');
    expect(shellLanguage(['de-DE'])).toBe('da');
    expect(shellLanguage([])).toBe('da');
    const { template } = build({ labels: MENU_LABELS.en });
    expect(submenu(template[0])[0]?.label).toBe('New plan…');
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(MENU_LABELS.en).sort()).toEqual(Object.keys(MENU_LABELS.da).sort());
  });

  it('offers Export… and Merge with a copy… in English too', () => {
    const file = submenu(build({ labels: MENU_LABELS.en }).template[0]);
    expect(byId(file, 'file.export')?.label).toBe('Export…');
    expect(byId(file, 'file.merge')?.label).toBe('Merge with a copy…');
    expect(byId(file, 'file.import-excel')?.label).toBe('Import from Excel …');
  });
});
