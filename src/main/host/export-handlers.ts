import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import { errors, OmstilError } from '../../shared/errors';
import { EXPORT_EXTENSIONS, hasExtension, isExportFile } from '../../shared/file-extensions';
import type { Language } from '../../shared/model/enums';
import { localIsoDate, type Environment } from '../core';
import {
  countPdfPages,
  exportEvaluationToFile,
  exportPlanToFile,
  exportWorkshopPosterToFile,
  exportWorkshopSummaryToFile,
  isPdfSection,
  KeptPdf,
  PDF_SECTIONS,
  PdfWorkerHost,
  renderExport,
  workshopMinutesText,
  writeExport,
  type PdfSection,
} from '../export';
import type { HostContext } from './host-context';
import type { PlanHolder } from './plan-holder';

type ExportCalls =
  | 'exportEvaluation'
  | 'exportWorkshopSummary'
  | 'workshopSummaryText'
  | 'exportWorkshopPoster'
  | 'exportPlan'
  | 'exportSections'
  | 'previewPdf'
  | 'openExportedFile';

export type ExportHandlers = Pick<ApiHandlers, ExportCalls> & {
  /** Stops the PDF worker and forgets the kept preview. */
  dispose: () => void;
};

/** The calls that turn the open plan into documents, and hand those documents to the system. */
export function exportHandlers(
  plan: PlanHolder,
  ctx: HostContext,
  env: Environment,
): ExportHandlers {
  // One worker per window (or host): started by the first PDF, kept for the next.
  let pdfWorker: PdfWorkerHost | null = null;
  const worker = () =>
    (pdfWorker ??= new PdfWorkerHost(ctx.pdfWorkerFile ? { workerFile: ctx.pdfWorkerFile } : {}));
  // Only files this window wrote may be handed to the system's opener, never any path a page names.
  const exported = new Set<string>();
  const keptPdf = new KeptPdf();
  plan.onSwitch(() => keptPdf.clear());

  /**
   * What an export or preview is made from: the plan as it is now and the dialog's choices, with
   * the key under which a previewed PDF is kept. Only a PDF reports progress; the other formats
   * are written at once.
   */
  const exportJob = (sections: readonly string[] | undefined, language: Language | undefined) => {
    const doc = plan.require().vouchedDocument();
    const chosen = pdfSections(sections);
    const lang = language ?? doc.plan.language;
    const now = env.now();
    const onProgress = ctx.onExportProgress;
    return {
      doc,
      key: { doc, lang, sections: chosen, day: localIsoDate(now) },
      options: {
        lang,
        now,
        ...(chosen ? { sections: chosen } : {}),
        pdfWorker: worker(),
        ...(onProgress ? { onProgress } : {}),
      },
    };
  };

  return {
    exportEvaluation: ({ id, path, language, overwrite }) => {
      const doc = plan.require().vouchedDocument();
      refuseOtherExtension(resolve(path), EXPORT_EXTENSIONS.pdf);
      return exportEvaluationToFile(doc, id, path, {
        ...(language ? { language } : {}),
        overwrite: overwrite ?? false,
        now: env.now(),
      });
    },
    exportWorkshopSummary: async ({ workshopId, path, language, overwrite }) => {
      const doc = plan.require().vouchedDocument();
      const target = resolve(path);
      refuseOtherExtension(target, EXPORT_EXTENSIONS.pdf);
      const written = await exportWorkshopSummaryToFile(doc, workshopId, target, {
        ...(language ? { language } : {}),
        overwrite: overwrite ?? false,
        now: env.now(),
      });
      exported.add(target);
      return written;
    },
    workshopSummaryText: ({ workshopId, language }) => ({
      text: workshopMinutesText(plan.require().vouchedDocument(), workshopId, language),
    }),
    exportWorkshopPoster: async ({ workshopId, stepId, paper, path, language, overwrite }) => {
      const doc = plan.require().vouchedDocument();
      const target = resolve(path);
      refuseOtherExtension(target, EXPORT_EXTENSIONS.pdf);
      const written = await exportWorkshopPosterToFile(doc, workshopId, stepId, paper, target, {
        ...(language ? { language } : {}),
        overwrite: overwrite ?? false,
        now: env.now(),
      });
      exported.add(target);
      return written;
    },
    exportPlan: async ({ path, format, sections, language, overwrite, withPlanData }) => {
      const s = plan.require();
      const target = resolve(path);
      // Writing the export over the plan itself would destroy the plan.
      if (target === resolve(s.path)) throw new OmstilError(errors.sameFile(target));
      refuseOtherExtension(target, EXPORT_EXTENSIONS[format]);
      if (!overwrite && existsSync(target)) throw new OmstilError(errors.alreadyExists(target));
      const job = exportJob(sections, language);
      const previewed = format === 'pdf' ? keptPdf.find(job.key) : null;
      const written = previewed
        ? writeExport(target, format, previewed)
        : await exportPlanToFile(job.doc, format, target, {
            ...job.options,
            withPlanData: format === 'xlsx' && withPlanData === true,
          });
      exported.add(target);
      return { path: target, ...written };
    },
    exportSections: () => {
      // The export dialog asks this as it opens and previews the PDF a moment later: starting the
      // worker now lets it load pdfmake meanwhile.
      worker().warm();
      return { sections: [...PDF_SECTIONS] };
    },
    previewPdf: async ({ sections, language }) => {
      const job = exportJob(sections, language);
      const pdf = await renderExport(job.doc, 'pdf', job.options);
      keptPdf.keep(job.key, pdf);
      return { pdf: pdf.toString('base64'), pages: countPdfPages(pdf) };
    },
    openExportedFile: async ({ path }) => {
      const target = resolve(path);
      // The system's opener runs whatever a file's type is bound to: only the export formats.
      if (!isExportFile(target)) throw new OmstilError(errors.notAnExport(target));
      if (!ctx.openFile || !exported.has(target)) {
        throw new OmstilError(
          errors.notSupported({
            da: 'At åbne andre filer end dem, der er eksporteret i dette vindue,',
            en: 'Opening files other than those exported in this window',
          }),
        );
      }
      if (!existsSync(target)) throw new OmstilError(errors.notFound(target));
      await ctx.openFile(target);
      return null;
    },
    dispose: () => {
      void pdfWorker?.dispose();
      pdfWorker = null;
      keptPdf.clear();
    },
  };
}

/**
 * An export is written only under its own format's extension, so no call can make the host write
 * over a plan, its lock file or its journal, or leave a program file (`run.bat`) anywhere.
 */
function refuseOtherExtension(target: string, extension: string): void {
  if (!hasExtension(target, extension)) {
    throw new OmstilError(errors.wrongExtension(target, extension));
  }
}

/**
 * The sections of a PDF export, checked against the PDF's own list (the contract only knows
 * their shape): an unknown one is refused by name, with the ones there are.
 */
function pdfSections(keys: readonly string[] | undefined): PdfSection[] | undefined {
  if (!keys) return undefined;
  const known = PDF_SECTIONS.join(', ');
  const issues = keys.flatMap((key, i) =>
    isPdfSection(key)
      ? []
      : [
          {
            path: `sections[${i}]`,
            rule: 'invalid-choice',
            message: {
              da: `PDF'en har ikke et afsnit, der hedder »${key}«. Der kan vælges mellem ${known}.`,
              en: `The PDF has no section called "${key}". The choices are ${known}.`,
            },
          },
        ],
  );
  if (issues.length > 0) throw new OmstilError(errors.invalidInput(issues));
  return keys as PdfSection[];
}
