import type { AppError } from '../../../shared/errors';
import type { PlanDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';
import type { PdfSection } from '../sections';
import type { PdfFonts } from './fonts';

/** The file name the bundles give the worker entry (`.cjs` for the command, `.js` for the app). */
export const WORKER_BASENAME = 'pdf-worker';

/** Given to the worker when it starts: the font bytes, so it reads nothing from disk itself. */
export interface PdfWorkerData {
  fonts: PdfFonts;
}

/** One document to render; the worker answers each in turn, tagged with the same id. */
export interface PdfWorkerRequest {
  id: number;
  doc: PlanDocument;
  lang: Language;
  sections: PdfSection[] | null;
  /** ISO timestamp: Dates survive structured cloning, but a string keeps the protocol plain. */
  now: string;
}

export type PdfWorkerMessage =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; pdf: Uint8Array }
  | { id: number; type: 'error'; appError: AppError | null; message: string };
