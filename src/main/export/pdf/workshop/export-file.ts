import { existsSync } from 'node:fs';
import { errors, OmstilError } from '../../../../shared/errors';
import type { PlanDocument } from '../../../../shared/model/document';
import type { Language } from '../../../../shared/model/enums';
import { stepOf, type PosterPaper } from '../../../../shared/workshop/poster';
import { workshopSummary } from '../../../../shared/workshop/summary';
import { requireWorkshop } from '../../workshop';
import { writeFileAtomic } from '../../../fs/atomic-write';

export interface WorkshopExportOptions {
  /** The PDF's language; the plan's own when left out. */
  language?: Language;
  /** Only after the user confirmed replacing an existing file. */
  overwrite?: boolean;
  now?: Date;
}

export interface WrittenWorkshopPdf {
  path: string;
  pages: number;
}

function refuseExisting(path: string, options: WorkshopExportOptions): void {
  if (!options.overwrite && existsSync(path)) throw new OmstilError(errors.alreadyExists(path));
}

function renderOptions(doc: PlanDocument, options: WorkshopExportOptions) {
  return {
    lang: options.language ?? doc.plan.language,
    ...(options.now ? { now: options.now } : {}),
  };
}

/**
 * Writes the minutes of the workshop `id` (the latest held when left out) as a PDF at `path`,
 * whole or not at all; an existing file only when the user said to replace it.
 */
export async function exportWorkshopSummaryToFile(
  doc: PlanDocument,
  id: string | undefined,
  path: string,
  options: WorkshopExportOptions = {},
): Promise<WrittenWorkshopPdf> {
  const summary = workshopSummary(doc, requireWorkshop(doc, id));
  refuseExisting(path, options);
  // Loaded here, not at start-up: see renderExport.
  const { renderWorkshopSummaryPdf } = await import('./render');
  const { pdf, pages } = await renderWorkshopSummaryPdf(doc, summary, renderOptions(doc, options));
  writeFileAtomic(path, pdf);
  return { path, pages };
}

/** Writes the poster of step `stepId` of the workshop `id` on `paper` as a PDF at `path`. */
export async function exportWorkshopPosterToFile(
  doc: PlanDocument,
  id: string | undefined,
  stepId: string,
  paper: PosterPaper,
  path: string,
  options: WorkshopExportOptions = {},
): Promise<WrittenWorkshopPdf> {
  const workshop = requireWorkshop(doc, id);
  const step = stepOf(workshop.format, stepId);
  if (!step) {
    throw new OmstilError(
      errors.entityNotFound({ da: 'workshoppens trin', en: 'the workshop’s step' }, stepId),
    );
  }
  refuseExisting(path, options);
  const { renderWorkshopPosterPdf } = await import('./render');
  const { pdf, pages } = await renderWorkshopPosterPdf(
    doc,
    workshop,
    step,
    paper,
    renderOptions(doc, options),
  );
  writeFileAtomic(path, pdf);
  return { path, pages };
}
