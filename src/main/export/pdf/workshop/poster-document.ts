import {
  priorityLabel,
  WORKSHOP_SUMMARY_WORDS,
  workshopFormatTitle,
  workshopStepText,
} from '../../../../shared/i18n/workshop-summary';
import type { PlanDocument } from '../../../../shared/model/document';
import type { Workshop } from '../../../../shared/model/entities';
import type { WorkshopStep } from '../../../../shared/workshop/formats';
import { posterCards, posterEntries, type PosterPaper } from '../../../../shared/workshop/poster';
import { sectionContext } from '../context';
import type { Content, DocDefinition } from '../doc-types';
import { ellipsized } from '../fit';
import type { PdfFonts } from '../fonts';
import { documentFrame } from '../frame';
import { COLOR } from '../theme';
import type { WorkshopPdfOptions } from './summary-document';

/** A1 is A3 twice over in each direction: the poster is laid out for A3 and scaled. */
const SCALE: Record<PosterPaper, number> = { A3: 1, A1: 2 };

/** Sizes on A3, in points: read from across a meeting room on the wall, at A1 from further. */
/** Up to this many items a list runs in one column; more go in two. */
const ONE_COLUMN = 7;

const SIZE = {
  kicker: 18,
  title: 60,
  label: 20,
  guide: 24,
  entry: 30,
  longList: 22,
  margin: 70,
  /** The step's title again atop each following sheet, in the top margin. */
  continued: 30,
  continuedTop: 18,
};

/**
 * A step's poster for the wall, as the paper kit has them: the step's title, the facilitator's
 * question, and what is on the table — the plan's entries for the step and the room's cards — in
 * type the back of the room can read. Portrait, on A3 or A1.
 */
export function workshopPosterDocDefinition(
  doc: PlanDocument,
  workshop: Workshop,
  step: WorkshopStep,
  paper: PosterPaper,
  options: WorkshopPdfOptions,
  fonts: PdfFonts | null = null,
): DocDefinition {
  const now = options.now ?? new Date();
  const ctx = sectionContext(doc, options.lang, now, fonts);
  const { lang } = ctx;
  const w = WORKSHOP_SUMMARY_WORDS[lang].poster;
  const k = SCALE[paper];
  const text = workshopStepText(step.id, lang);
  const title = text?.title ?? step.id;
  const label = (words: string): Content => ({
    text: words.toUpperCase(),
    bold: true,
    color: COLOR.accent,
    fontSize: SIZE.label * k,
    characterSpacing: 1 * k,
    margin: [0, 28 * k, 0, 10 * k],
  });
  const bullets = (items: readonly { text: string; note?: string }[], size: number): Content => ({
    // An item is one card on the wall: never split over two sheets.
    ul: items.map((item) => ({
      stack: [
        {
          text: [
            item.text,
            ...(item.note ? [{ text: ` – ${item.note}`, color: COLOR.muted }] : []),
          ],
        },
      ],
      unbreakable: true,
      margin: [0, 0, 0, 8 * k],
    })),
    fontSize: size * k,
    lineHeight: 1.15,
    markerColor: COLOR.accent,
  });
  const list = (items: { text: string; note?: string }[]): Content => {
    if (items.length === 0) {
      return { text: w.none, italics: true, color: COLOR.muted, fontSize: SIZE.entry * k };
    }
    if (items.length <= ONE_COLUMN) return bullets(items, SIZE.entry);
    // A long list in two columns, read down the first and then the second, keeps to the sheet;
    // a very long one in smaller type, still large enough for the room.
    const size = items.length <= 2 * ONE_COLUMN ? SIZE.entry : SIZE.longList;
    const half = Math.ceil(items.length / 2);
    return {
      columns: [bullets(items.slice(0, half), size), bullets(items.slice(half), size)],
      columnGap: 30 * k,
    };
  };

  const content: Content[] = [
    {
      text: `${workshopFormatTitle(workshop.format, lang)} · ${workshop.title}`,
      color: COLOR.muted,
      fontSize: SIZE.kicker * k,
      margin: [0, 0, 0, 14 * k],
    },
    {
      text: title,
      bold: true,
      color: COLOR.heading,
      fontSize: SIZE.title * k,
      lineHeight: 1.05,
      outline: true,
      headlineLevel: 1,
    },
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: 90 * k, h: 6 * k, color: COLOR.accent }],
      margin: [0, 14 * k, 0, 0],
    },
  ];
  if (text) {
    content.push(label(w.question), {
      text: text.guide,
      fontSize: SIZE.guide * k,
      lineHeight: 1.25,
      color: COLOR.text,
    });
  }
  const entries = posterEntries(doc, step.part);
  if (entries.length > 0) {
    content.push(
      label(w.fromPlan),
      list(
        entries.map((e) => ({
          text: e.title,
          ...(e.priority ? { note: priorityLabel(e.priority, lang) } : {}),
        })),
      ),
    );
  }
  const cards = posterCards(doc, workshop.id, step.id);
  // A step with nothing from the plan still gets a place for the room's cards on the wall.
  if (cards.length > 0 || entries.length === 0) {
    content.push(label(w.cards), list(cards.map((card) => ({ text: card }))));
  }

  const margin = SIZE.margin * k;
  return {
    ...documentFrame(
      ctx,
      { title: `${title} – ${workshop.title}`, subject: w.subject, orientation: 'portrait', now },
      content,
    ),
    pageSize: paper,
    pageMargins: [margin, margin, margin, margin],
    // A sheet after the first hangs on the wall on its own: it says which step it carries on.
    header: (page, _pages, size) => {
      if (page === 1) return { text: '' };
      const face = { size: SIZE.continued * k, bold: true };
      return {
        text: ellipsized(ctx, w.continued(title), size.width - 2 * margin, face),
        bold: true,
        color: COLOR.heading,
        fontSize: face.size,
        lineHeight: 1.05,
        margin: [margin, SIZE.continuedTop * k, margin, 0],
      };
    },
    // A poster is a page on the wall, not a page of a document: no running footer.
    footer: (_page, pages) => {
      options.onPages?.(pages);
      return { text: '' };
    },
  };
}
