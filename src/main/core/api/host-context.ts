import type { AppInfo, ExportFileFormat } from '../../../shared/api';

export type FilePurpose = 'open' | 'new' | 'saveCopy' | 'export';

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
  /** Opens a file in the system's program for it (e.g. a PDF viewer, to print); absent where none. */
  openFile?: (path: string) => Promise<void>;
  /** The built PDF worker entry; found beside the running bundle when left out. */
  pdfWorkerFile?: string;
  /** Called after a plan is opened or created, e.g. so the shell can update the window title. */
  onPlanChanged?: (path: string | null, title: string | null) => void;
}
