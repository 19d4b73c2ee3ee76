import type { ExportFileFormat } from '../../shared/api';
import type { AppError } from '../../shared/errors';
import type { Language } from '../../shared/model/enums';
import { rememberedLeftOut, rememberLeftOut } from './export-memory';
import { folderOf, joinPath } from './paths';
import type { SliceCreator } from './types';

export interface ExportPreview {
  /** The PDF, base64-encoded as the core sends it. */
  pdf: string;
  pages: number;
  /** The choices it was made for: a preview of other choices is not shown as this one. */
  key: string;
}

export interface ExportDialogState {
  planId: string;
  format: ExportFileFormat;
  /** Every section of the PDF in reading order, as the core lists them. */
  sections: string[];
  /** The sections left out; remembered per plan. */
  leftOut: string[];
  language: Language;
  /** The in-page path field, where the host has no native save dialog. */
  path: string;
  running: boolean;
  saved: { path: string; pages?: number } | null;
  error: AppError | null;
  preview: ExportPreview | null;
  previewLoading: boolean;
  previewError: AppError | null;
  /**
   * How far the PDF being saved or previewed has come, 0–1, as the desktop shell reports it; null
   * where it has not said (another host, another format, or before the first report).
   */
  pdfProgress: number | null;
}

export interface ExportSlice {
  exportDialog: ExportDialogState | null;
  requestExport: () => Promise<void>;
  setExportFormat: (format: ExportFileFormat) => void;
  setExportSection: (section: string, included: boolean) => void;
  setExportLanguage: (language: Language) => void;
  setExportPath: (path: string) => void;
  /** Saves with the current choices: asks the native dialog for a path where there is one. */
  saveExport: () => Promise<boolean>;
  loadExportPreview: () => Promise<void>;
  /** The shell's report on the PDF being written; ignored when it cannot be told whose it is. */
  setExportProgress: (fraction: number) => void;
  /** Opens the written PDF in the system's viewer, from where it is printed. */
  printExport: () => Promise<void>;
  closeExport: () => void;
}

export const EXPORT_EXTENSIONS: Record<ExportFileFormat, string> = {
  pdf: '.pdf',
  xlsx: '.xlsx',
  csv: '.csv',
  json: '.json',
};

/** The plan's title as a file name: characters no file system accepts become spaces. */
export function exportFileName(title: string, format: ExportFileFormat): string {
  const base = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${base.slice(0, 120).trim() || 'Omstil'}${EXPORT_EXTENSIONS[format]}`;
}

/** `…/plan.pdf` → `…/plan.xlsx` when the format changes; other paths are left as typed. */
export function withFormatExtension(path: string, format: ExportFileFormat): string {
  const lower = path.toLowerCase();
  const current = Object.values(EXPORT_EXTENSIONS).find((ext) => lower.endsWith(ext));
  return current ? `${path.slice(0, -current.length)}${EXPORT_EXTENSIONS[format]}` : path;
}

export const includedSections = (state: ExportDialogState): string[] =>
  state.sections.filter((s) => !state.leftOut.includes(s));

export const previewKey = (state: ExportDialogState): string =>
  JSON.stringify([includedSections(state), state.language]);

export const createExportSlice: SliceCreator<ExportSlice> = (set, get) => {
  const update = (patch: Partial<ExportDialogState>) => {
    const current = get().exportDialog;
    if (current) set({ exportDialog: { ...current, ...patch } });
  };

  /** PDF choices as the contract takes them; all sections are sent as none (the default). */
  const pdfChoices = (state: ExportDialogState) => {
    const sections = includedSections(state);
    return {
      language: state.language,
      ...(state.leftOut.length > 0 ? { sections } : {}),
    };
  };

  async function write(state: ExportDialogState, path: string, overwrite: boolean) {
    update({ running: true, error: null, saved: null, pdfProgress: null });
    const result = await get().api.exportPlan({
      path,
      format: state.format,
      ...(state.format === 'pdf' ? pdfChoices(state) : { language: state.language }),
      overwrite,
    });
    if (!result.ok) {
      update({ running: false, error: result.error, pdfProgress: null });
      return false;
    }
    const { pages } = result.value;
    update({
      running: false,
      saved: { path: result.value.path, ...(pages !== undefined ? { pages } : {}) },
      pdfProgress: null,
    });
    return true;
  }

  return {
    exportDialog: null,

    requestExport: async () => {
      const { snapshot, appInfo, api } = get();
      if (!snapshot || !appInfo) return;
      const { plan } = snapshot.document;
      const listed = await api.exportSections({});
      if (!listed.ok) {
        set({ error: listed.error });
        return;
      }
      const { sections } = listed.value;
      set({
        exportDialog: {
          planId: plan.id,
          format: 'pdf',
          sections,
          leftOut: rememberedLeftOut(plan.id).filter((s) => sections.includes(s)),
          language: plan.language,
          // Beside the plan, where the committee will look for it.
          path: joinPath(
            folderOf(snapshot.file.path),
            appInfo.pathSeparator,
            exportFileName(plan.title, 'pdf'),
          ),
          running: false,
          saved: null,
          error: null,
          preview: null,
          previewLoading: false,
          previewError: null,
          pdfProgress: null,
        },
      });
    },

    setExportFormat: (format) => {
      const state = get().exportDialog;
      if (!state || state.running) return;
      update({ format, path: withFormatExtension(state.path, format), saved: null, error: null });
    },

    setExportSection: (section, included) => {
      const state = get().exportDialog;
      if (!state || state.running) return;
      const others = state.leftOut.filter((s) => s !== section);
      const leftOut = included ? others : [...others, section];
      rememberLeftOut(state.planId, leftOut);
      update({ leftOut, saved: null, error: null });
    },

    setExportLanguage: (language) => update({ language, saved: null, error: null }),

    setExportPath: (path) => update({ path, error: null }),

    saveExport: async () => {
      const state = get().exportDialog;
      const { appInfo, api } = get();
      if (!state || !appInfo || state.running) return false;
      if (state.format === 'pdf' && includedSections(state).length === 0) return false;
      if (!appInfo.nativeDialogs) return write(state, state.path.trim(), false);
      const name = exportFileName(get().snapshot?.document.plan.title ?? '', state.format);
      const chosen = await api.chooseFile({
        purpose: 'export',
        suggestedName: name,
        format: state.format,
      });
      if (!chosen.ok) {
        update({ error: chosen.error });
        return false;
      }
      if (chosen.value.path === null) return false;
      // The native save dialog has already asked whether to replace an existing file.
      return write(state, chosen.value.path, true);
    },

    loadExportPreview: async () => {
      const state = get().exportDialog;
      if (!state || state.format !== 'pdf') return;
      const key = previewKey(state);
      if (state.preview?.key === key) return;
      if (includedSections(state).length === 0) {
        update({ preview: null, previewLoading: false, previewError: null, pdfProgress: null });
        return;
      }
      update({ previewLoading: true, previewError: null, pdfProgress: null });
      const result = await get().api.previewPdf(pdfChoices(state));
      const now = get().exportDialog;
      // The choices changed while it was made: the newer request shows its own.
      if (!now || previewKey(now) !== key) return;
      if (!result.ok) {
        update({
          previewLoading: false,
          previewError: result.error,
          preview: null,
          pdfProgress: null,
        });
        return;
      }
      update({ previewLoading: false, preview: { ...result.value, key }, pdfProgress: null });
    },

    setExportProgress: (fraction) => {
      const state = get().exportDialog;
      // A report with no save or preview running is a late one from a run that has ended. The
      // shell writes one PDF at a time, so while a save and a preview both run the reports are
      // those of whichever was asked first; the bar stays without a percentage until it ends.
      if (!state || state.running === state.previewLoading) return;
      update({ pdfProgress: fraction });
    },

    printExport: async () => {
      const saved = get().exportDialog?.saved;
      if (!saved) return;
      const result = await get().api.openExportedFile({ path: saved.path });
      if (!result.ok) update({ error: result.error });
    },

    closeExport: () => {
      if (!get().exportDialog?.running) set({ exportDialog: null });
    },
  };
};
