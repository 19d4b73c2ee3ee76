import type { ExportFileFormat } from '../../shared/api';
import type { AppError } from '../../shared/errors';
import type { Language } from '../../shared/model/enums';
import { rememberLeftOut } from './export-memory';
import { withFormatExtension } from './export-file-name';
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
  /**
   * A workbook only: keep the plan's data in it, so it can be read into Omstil again. Off each
   * time the dialog opens: a workbook usually leaves the committee, and the data holds what its
   * sheets do not show.
   */
  withPlanData: boolean;
  /** The in-page path field, where the host has no native save dialog. */
  path: string;
  running: boolean;
  /** `undated`: a calendar only, the activities it could not place for want of any date. */
  saved: { path: string; pages?: number; undated?: number } | null;
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

/**
 * The export dialog's state and the choices made in it. Saving, previewing and printing are
 * steps with calls to the core; they live in `flows/export-flow.ts` and set this through
 * `openExportDialog` and `updateExportDialog`.
 */
export interface ExportSlice {
  exportDialog: ExportDialogState | null;
  openExportDialog: (state: ExportDialogState) => void;
  /** Changes the open dialog's state; nothing when it has been closed meanwhile. */
  updateExportDialog: (patch: Partial<ExportDialogState>) => void;
  setExportFormat: (format: ExportFileFormat) => void;
  setExportSection: (section: string, included: boolean) => void;
  setExportLanguage: (language: Language) => void;
  setExportPlanData: (included: boolean) => void;
  setExportPath: (path: string) => void;
  /** The shell's report on the PDF being written; ignored when it cannot be told whose it is. */
  setExportProgress: (fraction: number) => void;
  closeExport: () => void;
}

/** The formats made of the PDF's sections, chosen in the dialog: the PDF and the Word document. */
export const hasSections = (format: ExportFileFormat): boolean =>
  format === 'pdf' || format === 'docx';

export const includedSections = (state: ExportDialogState): string[] =>
  state.sections.filter((s) => !state.leftOut.includes(s));

export const previewKey = (state: ExportDialogState): string =>
  JSON.stringify([includedSections(state), state.language]);

export const createExportSlice: SliceCreator<ExportSlice> = (set, get) => {
  const update = (patch: Partial<ExportDialogState>) => {
    const current = get().exportDialog;
    if (current) set({ exportDialog: { ...current, ...patch } });
  };

  return {
    exportDialog: null,

    openExportDialog: (state) => set({ exportDialog: state }),

    updateExportDialog: update,

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

    setExportPlanData: (withPlanData) => {
      if (!get().exportDialog?.running) update({ withPlanData, saved: null, error: null });
    },

    setExportPath: (path) => update({ path, error: null }),

    setExportProgress: (fraction) => {
      const state = get().exportDialog;
      // A report with no save or preview running is a late one from a run that has ended. The
      // shell writes one PDF at a time, so while a save and a preview both run the reports are
      // those of whichever was asked first; the bar stays without a percentage until it ends.
      if (!state || state.running === state.previewLoading) return;
      update({ pdfProgress: fraction });
    },

    closeExport: () => {
      if (!get().exportDialog?.running) set({ exportDialog: null });
    },
  };
};
