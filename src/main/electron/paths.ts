import { join } from 'node:path';

/** Built files sit beside each other in `out/`: main in `out/main`, the others one level up. */
export const rendererDir = (mainDir: string): string => join(mainDir, '..', 'renderer');

export const preloadPath = (mainDir: string): string => join(mainDir, '..', 'preload', 'index.js');

type PathName = 'userData' | 'documents' | 'home';

export interface UserPaths {
  recentFilesPath: string;
  defaultFolder: string;
}

export function userPaths(getPath: (name: PathName) => string): UserPaths {
  return {
    recentFilesPath: join(getPath('userData'), 'recent-files.json'),
    defaultFolder: documentsFolder(getPath),
  };
}

function documentsFolder(getPath: (name: PathName) => string): string {
  // Electron throws when the platform has no Documents folder (some minimal Linux desktops).
  try {
    return getPath('documents');
  } catch {
    return getPath('home');
  }
}
