import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFile, ShellEvent } from '../../shared/api';
import type { MenuLabels } from './menu-labels';

export type MenuCommand = Extract<ShellEvent, { type: 'menu' }>['command'];

export interface MenuOptions {
  labels: MenuLabels;
  recent: readonly RecentFile[];
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Plan commands go to the renderer, which runs the same flow as its own buttons. */
  onCommand: (command: MenuCommand) => void;
  onOpenRecent: (path: string) => void;
}

const MAX_RECENT = 10;

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { labels, platform } = options;
  const command = (id: MenuCommand): Pick<MenuItemConstructorOptions, 'click'> => ({
    click: () => options.onCommand(id),
  });

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: labels.file,
    submenu: [
      { id: 'file.new', label: labels.newPlan, accelerator: 'CmdOrCtrl+N', ...command('new') },
      { id: 'file.open', label: labels.open, accelerator: 'CmdOrCtrl+O', ...command('open') },
      { id: 'file.recent', label: labels.openRecent, submenu: recentItems(options) },
      { id: 'file.import', label: labels.importPlan, ...command('import') },
      { id: 'file.trends', label: labels.trends, ...command('trends') },
      { type: 'separator' },
      {
        id: 'file.save-copy',
        label: labels.saveCopy,
        accelerator: 'CmdOrCtrl+Shift+S',
        ...command('save-copy'),
      },
      {
        id: 'file.export',
        label: labels.exportPlan,
        accelerator: 'CmdOrCtrl+E',
        ...command('export'),
      },
      { id: 'file.merge', label: labels.mergeCopy, ...command('merge') },
      { id: 'file.team-plan', label: labels.fileTeamPlan, ...command('file-team-plan') },
      { id: 'file.import-excel', label: labels.importExcel, ...command('import-excel') },
      { type: 'separator' },
      {
        id: 'file.close',
        label: labels.closePlan,
        accelerator: 'CmdOrCtrl+W',
        ...command('close'),
      },
      // macOS keeps Quit in the application menu.
      ...(platform === 'darwin'
        ? []
        : [
            { type: 'separator' } as const,
            { id: 'file.quit', label: labels.quit, role: 'quit' } as const,
          ]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: labels.edit,
    submenu: [
      // Undo and redo act on the plan file's history, which lives in the core, not on a text field.
      { id: 'edit.undo', label: labels.undo, accelerator: 'CmdOrCtrl+Z', ...command('undo') },
      { id: 'edit.redo', label: labels.redo, accelerator: 'CmdOrCtrl+Shift+Z', ...command('redo') },
      { type: 'separator' },
      { id: 'edit.cut', label: labels.cut, role: 'cut' },
      { id: 'edit.copy', label: labels.copy, role: 'copy' },
      { id: 'edit.paste', label: labels.paste, role: 'paste' },
      { id: 'edit.select-all', label: labels.selectAll, role: 'selectAll' },
    ],
  };

  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { id: 'view.reload', label: labels.reload, role: 'reload' },
        { id: 'view.dev-tools', label: labels.devTools, role: 'toggleDevTools' },
        { type: 'separator' },
      ];

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: labels.view,
    submenu: [
      ...developer,
      { id: 'view.reset-zoom', label: labels.resetZoom, role: 'resetZoom' },
      { id: 'view.zoom-in', label: labels.zoomIn, role: 'zoomIn' },
      { id: 'view.zoom-out', label: labels.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { id: 'view.full-screen', label: labels.fullScreen, role: 'togglefullscreen' },
    ],
  };

  return platform === 'darwin'
    ? [{ role: 'appMenu' }, file, edit, view, { role: 'windowMenu', label: labels.window }]
    : [file, edit, view];
}

function recentItems(options: MenuOptions): MenuItemConstructorOptions[] {
  const { labels, recent } = options;
  if (recent.length === 0)
    return [{ id: 'file.recent.none', label: labels.noRecent, enabled: false }];
  return recent.slice(0, MAX_RECENT).map((file) => ({
    label: file.exists ? menuText(file.name) : `${menuText(file.name)} ${labels.missing}`,
    toolTip: file.path,
    // A file that has been moved or deleted stays listed so the user sees where it was.
    enabled: file.exists,
    click: () => options.onOpenRecent(file.path),
  }));
}

/** A file name is shown as is: on Windows and Linux a single `&` would mark a mnemonic. */
function menuText(text: string): string {
  return text.replaceAll('&', '&&');
}
