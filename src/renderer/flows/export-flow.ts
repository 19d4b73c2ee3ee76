import { activitiesWithoutDays } from '../../shared/dates/calendar-days';
import { OPT_IN_PDF_SECTIONS } from '../../shared/i18n/pdf-sections';
import { useAppStore } from '../store';
import { exportFileName } from '../store/export-file-name';
import { rememberedLeftOut } from '../store/export-memory';
import {
  hasSections,
  includedSections,
  previewKey,
  type ExportDialogState,
} from '../store/export-slice';
import { folderOf, joinPath } from '../store/paths';

/**
 * Exporting the plan: the dialog opens with the PDF's sections (the ones left out last time
 * unticked), shows a preview of the first pages, and saves the file, which can then be printed
 * from the system's viewer.
 */
export async function requestExport(): Promise<void> {
  const { snapshot, appInfo, api } = useAppStore.getState();
  if (!snapshot || !appInfo) return;
  const { plan } = snapshot.document;
  const listed = await api.exportSections({});
  if (!listed.ok) {
    useAppStore.getState().showError(listed.error);
    return;
  }
  const { sections } = listed.value;
  useAppStore.getState().openExportDialog({
    planId: plan.id,
    format: 'pdf',
    sections,
    leftOut: rememberedLeftOut(plan.id).filter((s) => sections.includes(s)),
    language: plan.language,
    withPlanData: false,
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
  });
}

/** Saves with the current choices: asks the native dialog for a path where there is one. */
export async function saveExport(): Promise<boolean> {
  const { exportDialog: state, appInfo, api, snapshot } = useAppStore.getState();
  if (!state || !appInfo || state.running) return false;
  if (hasSections(state.format) && includedSections(state).length === 0) return false;
  if (!appInfo.nativeDialogs) return write(state, state.path.trim(), false);
  const name = exportFileName(snapshot?.document.plan.title ?? '', state.format);
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
}

/** Lays out the PDF's first pages for the current choices, unless they are shown already. */
export async function loadExportPreview(): Promise<void> {
  const { exportDialog: state, api } = useAppStore.getState();
  if (!state || state.format !== 'pdf') return;
  const key = previewKey(state);
  if (state.preview?.key === key) return;
  if (includedSections(state).length === 0) {
    update({ preview: null, previewLoading: false, previewError: null, pdfProgress: null });
    return;
  }
  update({ previewLoading: true, previewError: null, pdfProgress: null });
  const result = await api.previewPdf(pdfChoices(state));
  const now = useAppStore.getState().exportDialog;
  // The choices changed while it was made: the newer request shows its own.
  if (!now || previewKey(now) !== key) return;
  if (!result.ok) {
    update({ previewLoading: false, previewError: result.error, preview: null, pdfProgress: null });
    return;
  }
  update({ previewLoading: false, preview: { ...result.value, key }, pdfProgress: null });
}

/** Opens the written PDF in the system's viewer, from where it is printed. */
export async function printExport(): Promise<void> {
  const { exportDialog, api } = useAppStore.getState();
  const saved = exportDialog?.saved;
  if (!saved) return;
  const result = await api.openExportedFile({ path: saved.path });
  if (!result.ok) update({ error: result.error });
}

const update = (patch: Partial<ExportDialogState>) =>
  useAppStore.getState().updateExportDialog(patch);

/**
 * PDF choices as the contract takes them; the core's default (every section but the opt-in
 * ones) is sent as none.
 */
function pdfChoices(state: ExportDialogState) {
  const sections = includedSections(state);
  const isOptIn = (s: string) => (OPT_IN_PDF_SECTIONS as readonly string[]).includes(s);
  const isDefault =
    sections.length === state.sections.filter((s) => !isOptIn(s)).length && !sections.some(isOptIn);
  return {
    language: state.language,
    ...(isDefault ? {} : { sections }),
  };
}

async function write(state: ExportDialogState, path: string, overwrite: boolean) {
  update({ running: true, error: null, saved: null, pdfProgress: null });
  const result = await useAppStore.getState().api.exportPlan({
    path,
    format: state.format,
    ...(hasSections(state.format) ? pdfChoices(state) : { language: state.language }),
    ...(state.format === 'xlsx' ? { withPlanData: state.withPlanData } : {}),
    overwrite,
  });
  if (!result.ok) {
    update({ running: false, error: result.error, pdfProgress: null });
    return false;
  }
  const { pages } = result.value;
  const activities = useAppStore.getState().snapshot?.document.activities ?? [];
  const undated = state.format === 'ics' ? activitiesWithoutDays(activities) : 0;
  update({
    running: false,
    saved: {
      path: result.value.path,
      ...(pages !== undefined ? { pages } : {}),
      ...(undated > 0 ? { undated } : {}),
    },
    pdfProgress: null,
  });
  return true;
}
