import {
  priorityLabel,
  WORKSHOP_SUMMARY_WORDS,
  workshopFormatTitle,
  workshopStepText,
} from '../../../../shared/i18n/workshop-summary';
import type { PlanDocument } from '../../../../shared/model/document';
import type { Language } from '../../../../shared/model/enums';
import { DECIDED_KINDS, type WorkshopSummary } from '../../../../shared/workshop/summary';
import { splitRanking, votingLead } from '../../../../shared/i18n/workshop-summary-text';
import { dataTable, emptyNote, facts, subheading } from '../blocks';
import { sectionContext } from '../context';
import type { Content, DocDefinition, TextNode } from '../doc-types';
import type { PdfFonts } from '../fonts';
import { documentFrame } from '../frame';
import { COLOR, HAIRLINE_TABLE, SMALL_SIZE } from '../theme';

export interface WorkshopPdfOptions {
  lang: Language;
  /** The date printed as the minutes' date and stored in the metadata. */
  now?: Date;
  onPages?: (pages: number) => void;
}

const COMPACT_TABLE = { ...HAIRLINE_TABLE, paddingTop: () => 2.5, paddingBottom: () => 2.5 };

const th = (text: string, alignment: 'left' | 'right' = 'left'): TextNode => ({
  text,
  bold: true,
  fontSize: SMALL_SIZE,
  alignment,
});

/**
 * A workshop's minutes on one A4 page, in the plan PDF's look: what it was and when, what the
 * room took into the plan, the dot ranking with its ties, and the parking lot. The type is the
 * plan PDF's body size, so a workshop of some twenty cards keeps to the page.
 */
export function workshopSummaryDocDefinition(
  doc: PlanDocument,
  summary: WorkshopSummary,
  options: WorkshopPdfOptions,
  fonts: PdfFonts | null = null,
): DocDefinition {
  const now = options.now ?? new Date();
  const ctx = sectionContext(doc, options.lang, now, fonts);
  const { f, lang } = ctx;
  const w = WORKSHOP_SUMMARY_WORDS[lang];
  const { workshop } = summary;
  const content: Content[] = [
    { text: w.kicker.toUpperCase(), color: COLOR.accent, bold: true, fontSize: 8.5 },
    {
      text: workshop.title,
      style: 'h1',
      outline: true,
      headlineLevel: 1,
      margin: [0, 2, 0, 6],
    },
    facts(
      [
        [w.format, workshopFormatTitle(workshop.format, lang)],
        [w.heldOn, f.date(workshop.heldOn)],
        [w.plan, summary.planTitle],
        [w.printed, f.date(now.toISOString())],
      ],
      90,
    ),
  ];

  content.push(subheading(w.decided.heading));
  const kinds = DECIDED_KINDS.filter((kind) => summary.decided[kind].length > 0);
  if (kinds.length === 0) content.push(emptyNote(w.decided.none));
  const kindBlock = (kind: (typeof kinds)[number]): Content => ({
    stack: [
      { text: w.decided.kinds[kind], bold: true, margin: [0, 2, 0, 1] },
      { ul: summary.decided[kind].map((e) => ({ text: e.title })), margin: [0, 0, 0, 3] },
    ],
    unbreakable: true,
  });
  // Two columns, the plan's order down the first and on down the second: the lists are short.
  const half = Math.ceil(kinds.length / 2);
  if (kinds.length > 1) {
    content.push({
      columns: [
        { stack: kinds.slice(0, half).map(kindBlock) },
        { stack: kinds.slice(half).map(kindBlock) },
      ],
      columnGap: 24,
    });
  } else content.push(...kinds.map(kindBlock));

  content.push(subheading(w.ranking.heading));
  const { ranking } = summary;
  if (ranking === null) content.push(emptyNote(w.ranking.hidden));
  else if (ranking.length === 0) content.push(emptyNote(w.ranking.none));
  else {
    const lead = votingLead(summary, lang);
    if (lead.length > 0) {
      content.push({ text: lead.join(' '), color: COLOR.muted, margin: [0, 0, 0, 4] });
    }
    const { voted, withoutDots } = splitRanking(ranking);
    if (voted.length > 0) {
      const table = dataTable(
        [
          th(w.ranking.columns.place),
          th(w.ranking.columns.card),
          th(w.ranking.columns.dots, 'right'),
          th(w.ranking.columns.priority),
        ],
        [74, '*', 40, 86],
        voted.map((r) => [
          // A tie is said in words, not left to the reader to spot in the numbers.
          { text: w.ranking.place(r.rank, r.tied), bold: r.tied, noWrap: true },
          r.text,
          { text: f.integer(r.dots), alignment: 'right' },
          r.priority === null
            ? { text: w.ranking.notInPlan, color: COLOR.muted }
            : priorityLabel(r.priority, lang),
        ]),
        [0, 0, 0, 6],
      );
      // Closer rows than the plan's tables, so twenty cards keep to the page.
      content.push({ ...table, layout: COMPACT_TABLE, fontSize: 9, lineHeight: 1.05 });
    }
    if (withoutDots.length > 0) {
      content.push({
        text: [
          { text: `${w.ranking.withoutDots}: `, bold: true },
          withoutDots.map((r) => r.text).join('; '),
        ],
        margin: [0, 0, 0, 4],
      });
    }
  }

  content.push(subheading(w.parked.heading));
  if (summary.parked.length === 0) content.push(emptyNote(w.parked.none));
  else {
    content.push({ text: w.parked.lead, color: COLOR.muted, margin: [0, 0, 0, 2] });
    content.push({
      ul: summary.parked.map((card) => {
        const step = workshopStepText(card.stepId, lang);
        return {
          text: [
            card.text,
            ...(step ? [{ text: ` (${w.fromStep(step.title)})`, color: COLOR.muted }] : []),
          ],
        };
      }),
    });
  }

  return documentFrame(
    ctx,
    {
      title: `${w.kicker}: ${workshop.title}`,
      subject: w.subject,
      orientation: 'portrait',
      now,
      onPages: options.onPages,
    },
    content,
  );
}
