import { i18n } from '../i18n';
import { baseNameOf, folderOf, joinPath, planFileName } from './paths';
import type { SliceCreator } from './types';

export type PathPurpose = 'new' | 'open' | 'saveCopy' | 'import';

/** The in-page question for a file path, used where the host has no native file dialog. */
export interface PathPrompt {
  purpose: PathPurpose;
  suggestedPath: string;
}

export interface PromptSlice {
  prompt: PathPrompt | null;
  /** "Ny plan…": the native dialog when there is one, otherwise the in-page prompt. */
  requestNew: () => Promise<void>;
  requestOpen: () => Promise<void>;
  /** "Importér fra JSON…": the JSON file to make a plan from. */
  requestImport: () => Promise<void>;
  requestSaveCopy: () => Promise<void>;
  openExample: () => Promise<boolean>;
  submitPrompt: (values: { path: string; title?: string }) => Promise<boolean>;
  cancelPrompt: () => void;
}

export const createPromptSlice: SliceCreator<PromptSlice> = (set, get) => {
  const fileName = (key: 'start.newFileName' | 'start.exampleFileName') =>
    planFileName(i18n.t(key, { lng: get().language }));

  /** The file name offered for a purpose; opening offers none, only the folder. */
  function suggestedName(purpose: PathPurpose): string | undefined {
    const { snapshot, language } = get();
    switch (purpose) {
      case 'new':
        return fileName('start.newFileName');
      case 'open':
      case 'import':
        return undefined;
      case 'saveCopy': {
        const name = baseNameOf(snapshot?.file.name ?? fileName('start.newFileName'));
        return planFileName(i18n.t('start.copyFileName', { lng: language, name }));
      }
    }
  }

  function suggestedPath(purpose: PathPurpose): string {
    const { appInfo, snapshot } = get();
    if (!appInfo) return '';
    // A copy goes beside the plan by default; everything else starts in the user's documents.
    const folder =
      purpose === 'saveCopy' && snapshot ? folderOf(snapshot.file.path) : appInfo.defaultFolder;
    return joinPath(folder, appInfo.pathSeparator, suggestedName(purpose) ?? '');
  }

  async function ask(purpose: PathPurpose): Promise<void> {
    const { appInfo, api } = get();
    if (!appInfo) return;
    if (!appInfo.nativeDialogs) {
      set({
        prompt: { purpose, suggestedPath: suggestedPath(purpose) },
        error: null,
        notice: null,
      });
      return;
    }
    const name = suggestedName(purpose);
    const chosen = await api.chooseFile({
      purpose,
      ...(name ? { suggestedName: name } : {}),
      ...(purpose === 'import' ? { format: 'json' as const } : {}),
    });
    if (!chosen.ok) {
      set({ error: chosen.error });
      return;
    }
    if (chosen.value.path !== null) await carryOut(purpose, chosen.value.path);
  }

  function carryOut(purpose: PathPurpose, path: string, title?: string): Promise<boolean> {
    const session = get();
    switch (purpose) {
      case 'new':
        return session.newPlan(path, title);
      case 'open':
        return session.openPlan(path);
      case 'saveCopy':
        return session.saveCopy(path);
      case 'import':
        return session.importPlan(path);
    }
  }

  return {
    prompt: null,
    requestNew: () => ask('new'),
    requestOpen: () => ask('open'),
    requestSaveCopy: () => ask('saveCopy'),
    requestImport: () => ask('import'),

    openExample: async () => {
      const { appInfo, newExample } = get();
      if (!appInfo) return false;
      const { defaultFolder, pathSeparator } = appInfo;
      return newExample(joinPath(defaultFolder, pathSeparator, fileName('start.exampleFileName')));
    },

    submitPrompt: async ({ path, title }) => {
      const prompt = get().prompt;
      if (!prompt) return false;
      const done = await carryOut(prompt.purpose, path.trim(), title?.trim() || undefined);
      // On a refusal the prompt stays open with the error, so the path can be corrected.
      if (done) set({ prompt: null });
      return done;
    },

    cancelPrompt: () => set({ prompt: null, error: null }),
  };
};
