import type { PlanDocument } from '../../../../shared/model/document';
import type { Workshop } from '../../../../shared/model/entities';
import type { WorkshopStep } from '../../../../shared/workshop/formats';
import type { PosterPaper } from '../../../../shared/workshop/poster';
import type { WorkshopSummary } from '../../../../shared/workshop/summary';
import { loadPdfFonts, type PdfFonts } from '../fonts';
import { installFonts } from '../install-fonts';
import { renderDefinition } from '../render';
import { workshopPosterDocDefinition } from './poster-document';
import { workshopSummaryDocDefinition, type WorkshopPdfOptions } from './summary-document';

export interface RenderWorkshopOptions extends Omit<WorkshopPdfOptions, 'onPages'> {
  /** The font bytes; read from `resources/fonts` when left out. */
  fonts?: PdfFonts;
}

/** A page or two, so laid out on the calling thread, as the evaluation PDF is. */
async function render(
  options: RenderWorkshopOptions,
  define: (
    options: WorkshopPdfOptions,
    fonts: PdfFonts,
  ) => ReturnType<typeof workshopSummaryDocDefinition>,
): Promise<{ pdf: Buffer; pages: number }> {
  const fonts = options.fonts ?? loadPdfFonts();
  installFonts(fonts);
  let pages = 0;
  const definition = define(
    {
      lang: options.lang,
      ...(options.now ? { now: options.now } : {}),
      onPages: (n) => {
        pages = n;
      },
    },
    fonts,
  );
  const pdf = await renderDefinition(definition);
  return { pdf, pages };
}

/** A workshop's minutes as a PDF, with its page count. */
export function renderWorkshopSummaryPdf(
  doc: PlanDocument,
  summary: WorkshopSummary,
  options: RenderWorkshopOptions,
): Promise<{ pdf: Buffer; pages: number }> {
  return render(options, (o, fonts) => workshopSummaryDocDefinition(doc, summary, o, fonts));
}

/** A step's poster as a PDF on A3 or A1, with its page count. */
export function renderWorkshopPosterPdf(
  doc: PlanDocument,
  workshop: Workshop,
  step: WorkshopStep,
  paper: PosterPaper,
  options: RenderWorkshopOptions,
): Promise<{ pdf: Buffer; pages: number }> {
  return render(options, (o, fonts) =>
    workshopPosterDocDefinition(doc, workshop, step, paper, o, fonts),
  );
}
