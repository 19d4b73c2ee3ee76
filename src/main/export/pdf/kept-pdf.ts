import { createHash } from 'node:crypto';
import type { PlanDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';
import { orderedSections, type PdfSection } from '../sections';

export interface KeptPdfKey {
  doc: PlanDocument;
  lang: Language;
  sections: readonly PdfSection[] | undefined;
  /** The local date printed on the cover: a PDF made yesterday says yesterday. */
  day: string;
}

/**
 * The PDF a window last made for its preview. The export dialog previews exactly what Save will
 * write, so saving right after reuses these bytes instead of laying out the plan a second time
 * (for 2,000 activities, seconds). Anything that would change the PDF changes the key: the
 * plan's content, the language, the sections and the day.
 */
export class KeptPdf {
  private kept: { key: string; pdf: Buffer } | null = null;

  keep(key: KeptPdfKey, pdf: Buffer): void {
    this.kept = { key: digest(key), pdf };
  }

  /** The kept bytes when they were made from the same plan and choices; else null. */
  find(key: KeptPdfKey): Buffer | null {
    return this.kept && this.kept.key === digest(key) ? this.kept.pdf : null;
  }

  clear(): void {
    this.kept = null;
  }
}

function digest({ doc, lang, sections, day }: KeptPdfKey): string {
  return createHash('sha256')
    .update(JSON.stringify([day, lang, orderedSections(sections), doc]))
    .digest('hex');
}
