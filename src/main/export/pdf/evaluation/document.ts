import type { PlanDocument } from '../../../../shared/model/document';
import type { Language } from '../../../../shared/model/enums';
import { facts } from '../blocks';
import { sectionContext, type SectionContext } from '../context';
import type { Content, DocDefinition, Inline } from '../doc-types';
import { documentFrame } from '../frame';
import type { PdfFonts } from '../fonts';
import { periodText } from '../period';
import { COLOR } from '../theme';
import { asSection, evaluationBody } from './content';
import type { EvaluationRecord } from './record';
import { evaluationTexts } from './texts';

export interface EvaluationPdfOptions {
  lang: Language;
  /** The date printed on the cover and stored in the metadata. */
  now?: Date;
  /** Told the page count when pdfmake lays out the footers, for the caller's answer. */
  onPages?: (pages: number) => void;
}

/**
 * The annual evaluation as its own document, in the plan PDF's look: a cover, then the figures as
 * they were frozen, the effect chain, the committee's MUS follow-up, conclusions and decisions.
 */
export function evaluationDocDefinition(
  doc: PlanDocument,
  evaluation: EvaluationRecord,
  options: EvaluationPdfOptions,
  fonts: PdfFonts | null = null,
): DocDefinition {
  const now = options.now ?? new Date();
  const ctx = sectionContext(doc, options.lang, now, fonts);
  const t = evaluationTexts[options.lang];
  const title = t.title(evaluation.year);
  const [first, ...rest] = evaluationBody(ctx, evaluation, asSection);
  const content: Content[] = [...cover(ctx, evaluation)];
  if (first !== undefined) content.push(onNewPage(first), ...rest);
  return documentFrame(
    ctx,
    { title, subject: t.subject, orientation: 'portrait', now, onPages: options.onPages },
    content,
  );
}

function cover(ctx: SectionContext, evaluation: EvaluationRecord): Content[] {
  const { plan } = ctx.doc;
  const { f } = ctx;
  const t = evaluationTexts[ctx.lang];
  const notSet: Inline = { text: ctx.t.document.notSet, color: COLOR.muted, italics: true };
  const value = (text: string | null | undefined): string | Inline[] =>
    text && text.trim() ? text : [notSet];
  const rows: [string, string | Inline[]][] = [
    [t.cover.organisation, value(plan.organisation)],
    [t.cover.unit, value(plan.unit)],
    [t.cover.plan, value(plan.title)],
    [t.cover.period, value(periodText(ctx, evaluation.periodStart, evaluation.periodEnd))],
    [
      t.cover.completed,
      evaluation.completedAt
        ? f.date(evaluation.completedAt)
        : [{ text: t.cover.notCompleted, color: COLOR.muted, italics: true }],
    ],
    [t.cover.exported, f.date(ctx.now.toISOString())],
  ];
  return [
    {
      text: t.kicker.toUpperCase(),
      color: COLOR.accent,
      bold: true,
      fontSize: 9,
      margin: [0, 90, 0, 10],
    },
    {
      text: t.title(evaluation.year),
      fontSize: 26,
      bold: true,
      color: COLOR.heading,
      lineHeight: 1.1,
      margin: [0, 0, 0, 10],
    },
    { text: t.subtitle, fontSize: 11, color: COLOR.muted, margin: [0, 0, 0, 26] },
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: 60, h: 3, color: COLOR.accent }],
      margin: [0, 0, 0, 22],
    },
    facts(rows, 120),
  ];
}

function onNewPage(node: Content): Content {
  if (typeof node === 'string') return { text: node, pageBreak: 'before' };
  if (Array.isArray(node)) return { stack: node, pageBreak: 'before' };
  return { ...node, pageBreak: 'before' };
}
