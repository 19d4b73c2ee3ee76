import { existsSync } from 'node:fs';
import { errors, OmstilError } from '../../../../shared/errors';
import type { PlanDocument } from '../../../../shared/model/document';
import type { Language } from '../../../../shared/model/enums';
import { writeFileAtomic } from '../../../fs/atomic-write';

export interface EvaluationExportOptions {
  /** The PDF's language; the plan's own when left out. */
  language?: Language;
  /** Only after the user confirmed replacing an existing file. */
  overwrite?: boolean;
  now?: Date;
}

/**
 * Writes the evaluation `id` of the plan as a PDF at `path`. An existing file is left alone unless
 * the user said to replace it, and the file appears whole or not at all (temp file and rename).
 */
export async function exportEvaluationToFile(
  doc: PlanDocument,
  id: string,
  path: string,
  options: EvaluationExportOptions = {},
): Promise<{ path: string; pages: number }> {
  const evaluation = doc.evaluations.find((e) => e.id === id);
  if (!evaluation) {
    throw new OmstilError(errors.entityNotFound({ da: 'evalueringen', en: 'the evaluation' }, id));
  }
  if (!options.overwrite && existsSync(path)) throw new OmstilError(errors.alreadyExists(path));
  // Loaded here, not at start-up: see renderExport.
  const { renderEvaluationPdf } = await import('./render');
  const { pdf, pages } = await renderEvaluationPdf(doc, evaluation, {
    lang: options.language ?? doc.plan.language,
    ...(options.now ? { now: options.now } : {}),
  });
  writeFileAtomic(path, pdf);
  return { path, pages };
}
