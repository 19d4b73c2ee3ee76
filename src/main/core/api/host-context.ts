import type { AppInfo } from '../../../shared/api';

/**
 * What a transport tells the core about where it runs. The Electron shell supplies native file
 * dialogs; the HTTP host and the CLI have none, and the renderer then asks for a path itself.
 */
export interface HostContext {
  transport: AppInfo['transport'];
  appVersion: string;
  defaultFolder: string;
  /** Where the recent-files list is kept (a JSON file in the user's settings folder). */
  recentFilesPath: string;
  /** Native dialog; absent where there is none. Resolves to null when the user cancels. */
  chooseFile?: (
    purpose: 'open' | 'new' | 'saveCopy',
    suggestedName?: string,
  ) => Promise<string | null>;
  /** Called after a plan is opened or created, e.g. so the shell can update the window title. */
  onPlanChanged?: (path: string | null, title: string | null) => void;
}
