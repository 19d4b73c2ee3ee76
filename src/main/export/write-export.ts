import type { PlanDocument } from '../../shared/model/document';
import { writeFileAtomic, writeFileAtomicWith } from '../fs/atomic-write';
import { writePlanJson } from './json';
import { renderExport, type ExportFormat, type ExportOptions } from './render-export';

export interface WrittenExport {
  bytes: number;
  /** PDF only. */
  pages?: number;
}

/**
 * Renders first and writes after, by temp file and rename: a failed or cancelled export leaves
 * no half-written file, and an earlier export of the same name stays until the new one is whole.
 */
export async function exportPlanToFile(
  doc: PlanDocument,
  format: ExportFormat,
  target: string,
  options: ExportOptions,
): Promise<WrittenExport> {
  if (format === 'json')
    return { bytes: writeFileAtomicWith(target, (temp) => writePlanJson(doc, temp)) };
  return writeExport(target, format, await renderExport(doc, format, options));
}

/** Bytes already rendered, written the same way. */
export function writeExport(target: string, format: ExportFormat, data: Buffer): WrittenExport {
  writeFileAtomic(target, data);
  return { bytes: data.byteLength, ...(format === 'pdf' ? { pages: countPdfPages(data) } : {}) };
}

/**
 * The number of pages of a PDF we wrote: pdfkit writes every page dictionary uncompressed, as
 * `/Type /Page`, so counting them needs no PDF parser (`/Type /Pages` is the page tree).
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
