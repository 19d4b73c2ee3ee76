import type { AppInfo, ExportFileFormat } from '../../shared/api';

export type FilePurpose = 'open' | 'new' | 'saveCopy' | 'export' | 'import' | 'teamPlan' | 'survey';

/**
 * What a transport tells the core about where it runs. The Electron shell supplies native file
 * dialogs and the system's file opener; the HTTP host and the CLI have neither, and the renderer
 * then asks for a path itself.
 */
export interface HostContext {
  transport: AppInfo['transport'];
  appVersion: string;
  defaultFolder: string;
  /** Where the recent-files list is kept (a JSON file in the user's settings folder). */
  recentFilesPath: string;
  /** Native dialog; absent where there is none. Resolves to null when the user cancels. */
  chooseFile?: (
    purpose: FilePurpose,
    suggestedName?: string,
    format?: ExportFileFormat,
  ) => Promise<string | null>;
  /**
   * Native dialog for the trends screen's sources: several plan files, or one folder. Resolves to
   * no paths when the user cancels. Present where `chooseFile` is.
   */
  chooseTrendsSources?: (kind: 'files' | 'folder') => Promise<string[]>;
  /** Opens a file in the system's program for it (e.g. a PDF viewer, to print); absent where none. */
  openFile?: (path: string) => Promise<void>;
  /** The built PDF worker entry; found beside the running bundle when left out. */
  pdfWorkerFile?: string;
  /** Called after a plan is opened or created, e.g. so the shell can update the window title. */
  onPlanChanged?: (path: string | null, title: string | null) => void;
  /**
   * Called with 0–1 while a PDF export or preview is written. A call has a single answer, so a
   * large plan's seconds of work would show only as "busy"; the shell pushes the fraction to the
   * window as a shell event. Absent where there is no push channel (the HTTP host, the CLI): the
   * page then shows progress without a percentage.
   */
  onExportProgress?: (fraction: number) => void;
}
