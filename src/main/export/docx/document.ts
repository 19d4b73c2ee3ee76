import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { PlanDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';
import { EXPORT_LOCALES } from '../format';
import { sectionContext, type SectionContext } from '../pdf/context';
import { SECTION_BUILDERS, sectionPlan } from '../pdf/sections';
import { COLOR, contentWidth, PAGE } from '../pdf/theme';
import { orderedSections, type PdfSection } from '../sections';
import { TWIPS_PER_POINT, wordBlocks } from './blocks';
import { WORD_NUMBERING, wordStyles } from './styles';
import { wordTexts } from './texts';

export interface PlanDocxOptions {
  lang: Language;
  /** The PDF's sections to include; the PDF's default when left out or empty. */
  sections?: readonly PdfSection[];
  /** The date of export, on the cover and in the footer. */
  now?: Date;
}

const twips = (points: number) => Math.round(points * TWIPS_PER_POINT);

/**
 * The plan as an editable Word document with the PDF's sections, in the PDF's order and with
 * its content: each section is built by the PDF's own builder and handed over as Word
 * paragraphs and tables (see `blocks.ts`). Each section starts a page of its own, turned as the
 * PDF's is, on A4 with the PDF's margins.
 */
export async function renderPlanDocx(doc: PlanDocument, options: PlanDocxOptions): Promise<Buffer> {
  const now = options.now ?? new Date();
  const ctx = sectionContext(doc, options.lang, now, null, 'flowing');
  const plan = sectionPlan(ctx, orderedSections(options.sections));
  const title = doc.plan.title.trim() || ctx.t.document.untitled;
  const locale = EXPORT_LOCALES[options.lang];
  let lists = 0;
  const blockOptions = { figureIntro: wordTexts[options.lang].figure, nextList: () => ++lists };
  const footer = pageFooter(ctx, title);
  const sections = plan.present.map((key): ISectionOptions => {
    const builder = SECTION_BUILDERS[key];
    const room = twips(contentWidth(builder.orientation));
    return {
      properties: {
        page: {
          size: {
            width: twips(PAGE.width),
            height: twips(PAGE.height),
            orientation:
              builder.orientation === 'landscape'
                ? PageOrientation.LANDSCAPE
                : PageOrientation.PORTRAIT,
          },
          margin: {
            left: twips(PAGE.margins[0]),
            top: twips(PAGE.margins[1]),
            right: twips(PAGE.margins[2]),
            bottom: twips(PAGE.margins[3]),
            footer: twips(PAGE.margins[3] / 2),
          },
        },
      },
      footers: { default: footer(room) },
      children: wordBlocks(builder.build(ctx, plan), room, blockOptions),
    };
  });
  const organisation = doc.plan.organisation.trim();
  const document = new Document({
    title,
    subject: ctx.t.document.subject,
    creator: organisation || 'Omstil',
    lastModifiedBy: 'Omstil',
    description: ctx.t.document.subtitle,
    styles: wordStyles(locale),
    numbering: WORD_NUMBERING,
    // Word fills in the table of contents' page numbers when it opens the document.
    features: { updateFields: true },
    sections,
  });
  return Packer.toBuffer(document);
}

/** The plan's title and the date of export on the left, the page on the right, as in the PDF. */
function pageFooter(ctx: SectionContext, title: string): (room: number) => Footer {
  const words = wordTexts[ctx.lang];
  const muted = { color: COLOR.muted.slice(1), size: 15 };
  return (room) =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.LEFT,
          tabStops: [{ type: TabStopType.RIGHT, position: room }],
          children: [
            new TextRun({
              ...muted,
              text: `${title} · ${ctx.t.cover.exported} ${ctx.f.date(ctx.now.toISOString())}`,
            }),
            new TextRun({ ...muted, children: [`\t${words.page} `, PageNumber.CURRENT] }),
            new TextRun({ ...muted, children: [` ${words.of} `, PageNumber.TOTAL_PAGES] }),
          ],
        }),
      ],
    });
}
