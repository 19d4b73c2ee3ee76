import type { PlanDocument } from '../../shared/model/document';
import { writeFileAtomic } from '../core/plan-file/atomic-write';
import { renderExport, type ExportFormat, type ExportOptions } from './render-export';

/**
 * Renders first and writes after, by temp file and rename: a failed or cancelled export leaves
 * no half-written file, and an earlier export of the same name stays until the new one is whole.
 */
export async function exportPlanToFile(
  doc: PlanDocument,
  format: ExportFormat,
  target: string,
  options: ExportOptions,
): Promise<void> {
  const data = await renderExport(doc, format, options);
  writeFileAtomic(target, data);
}
