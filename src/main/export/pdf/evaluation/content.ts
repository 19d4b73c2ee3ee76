import type { EvaluationActivity, EvaluationFigures } from '../../../../shared/evaluation';
import {
  dataTable,
  emptyNote,
  facts,
  muted,
  paragraphs,
  sectionHeading,
  subheading,
} from '../blocks';
import type { SectionContext } from '../context';
import type { Content, Inline, TextNode } from '../doc-types';
import { fitsOnPage, textHeight } from '../keep';
import { BODY_SIZE, COLOR, contentWidth, SMALL_SIZE } from '../theme';
import type { EvaluationRecord } from './record';
import { evaluationTexts, type EvaluationTexts } from './texts';

/**
 * How a part of the evaluation is headed: in its own PDF each part is a section (in the
 * bookmarks), inside the plan PDF the parts are subheadings of the one evaluation section.
 */
export type PartHeading = (text: string) => Content[];

export const asSection: PartHeading = (text) => [
  // The parts follow on from each other rather than each taking a page, so they need air above.
  { text, style: 'h1', tocItem: true, outline: true, headlineLevel: 1, margin: [0, 18, 0, 4] },
  ...sectionHeading(text).slice(1),
];
export const asSubsection: PartHeading = (text) => [subheading(text)];

const th = (text: string, alignment: 'left' | 'right' = 'left'): TextNode => ({
  text,
  bold: true,
  fontSize: SMALL_SIZE,
  alignment,
});
const right = (text: string): TextNode => ({ text, alignment: 'right', noWrap: true });

/** The evaluation's body: the figures, then the committee's own words. */
export function evaluationBody(
  ctx: SectionContext,
  evaluation: EvaluationRecord,
  heading: PartHeading,
): Content[] {
  const t = evaluationTexts[ctx.lang];
  const content: Content[] = [];
  const { figures } = evaluation;
  if (figures === null) {
    content.push(emptyNote(t.noFigures));
  } else {
    content.push(
      ...part(heading(t.activities.heading), activitiesPart(ctx, t, figures), 2),
      ...part(heading(t.cost.heading), costPart(ctx, t, figures), 1),
      ...part(heading(t.participants.heading), participantsPart(ctx, t, figures), 1),
      ...part(heading(t.effect.heading), effectPart(ctx, t, figures), 1),
    );
  }
  content.push(
    ...textPart(ctx, heading(t.mus.heading), evaluation.musFollowUp, t.mus.empty),
    ...textPart(ctx, heading(t.conclusions.heading), evaluation.conclusions, t.conclusions.empty),
  );
  const decisions = evaluation.decisions.filter((d) => d.trim() !== '');
  const list: Content =
    decisions.length === 0
      ? emptyNote(t.decisions.empty)
      : { ol: decisions.map((d) => ({ text: d, margin: [0, 0, 0, 4] })), margin: [0, 0, 0, 8] };
  content.push(...part(heading(t.decisions.heading), [list], short(decisions.join('\n')) ? 1 : 0));
  return content;
}

/**
 * A part's heading kept on one page with its first `keep` blocks (a lead, a small table), so a
 * heading never ends a page alone. Blocks that may be long are left free to break.
 */
function part(heading: Content[], blocks: Content[], keep: number): Content[] {
  if (keep === 0) return [...heading, ...blocks];
  return [
    { stack: [...heading, ...blocks.slice(0, keep)], unbreakable: true },
    ...blocks.slice(keep),
  ];
}

/** Whether a text is short enough to be kept whole on a page (see `keep.ts`). */
function short(text: string): boolean {
  return fitsOnPage(textHeight(text, contentWidth('portrait'), BODY_SIZE), 'portrait');
}

/** The committee's own text under its heading, or a note that it wrote none. */
function textPart(ctx: SectionContext, heading: Content[], text: string, empty: string) {
  const shown = paragraphs(ctx, text);
  if (shown.length === 0) return part(heading, [emptyNote(empty)], 1);
  const first = text.trim().split(/\n\s*\n/)[0] ?? '';
  return part(heading, shown, short(first) ? 1 : 0);
}

function activitiesPart(ctx: SectionContext, t: EvaluationTexts, figures: EvaluationFigures) {
  const { f } = ctx;
  const exportT = ctx.t;
  const a = figures.activities;
  const content: Content[] = [{ text: t.activities.lead(a.inPeriod), style: 'lead' }];
  const statuses = (Object.keys(a.byStatus) as (keyof typeof a.byStatus)[]).filter(
    (s) => a.byStatus[s] > 0,
  );
  if (statuses.length > 0) {
    content.push(
      dataTable(
        [th(t.activities.status), th(t.activities.count, 'right')],
        ['*', 60],
        statuses.map((s) => [exportT.activityStatus[s], right(f.integer(a.byStatus[s]))]),
      ),
    );
  }
  const endText = (row: EvaluationActivity) => (row.end ? f.shortDate(row.end) : '–');
  content.push(subheading(t.activities.carriedOut, 3));
  content.push(
    a.carriedOut.length === 0
      ? emptyNote(t.activities.carriedOutEmpty)
      : dataTable(
          [th(t.activities.activity), th(t.activities.end), th(t.activities.participants, 'right')],
          ['*', 70, 90],
          a.carriedOut.map((row) => [
            row.title,
            endText(row),
            right(`${f.integer(row.participantsReached)} / ${f.integer(row.participantsPlanned)}`),
          ]),
        ),
  );
  content.push(subheading(t.activities.notCarriedOut, 3));
  content.push(
    a.notCarriedOut.length === 0
      ? emptyNote(t.activities.notCarriedOutEmpty)
      : dataTable(
          [
            th(t.activities.activity),
            th(t.activities.status),
            th(t.activities.progress, 'right'),
            th(t.activities.end),
          ],
          ['*', 70, 56, 70],
          a.notCarriedOut.map((row) => [
            row.title,
            exportT.activityStatus[row.status],
            right(f.percent(row.progress)),
            endText(row),
          ]),
        ),
  );
  if (a.continuing.length > 0) {
    content.push(subheading(t.activities.continuing, 3));
    content.push(
      dataTable(
        [th(t.activities.activity), th(t.activities.progress, 'right'), th(t.activities.end)],
        ['*', 56, 70],
        a.continuing.map((row) => [row.title, right(f.percent(row.progress)), endText(row)]),
      ),
    );
  }
  if (a.undated.length > 0) content.push(muted(t.activities.undated(a.undated.length)));
  return content;
}

const shareText = (ctx: SectionContext, share: number | null, none: string): string =>
  share === null ? none : ctx.f.percent(Math.round(share * 100));

function costPart(ctx: SectionContext, t: EvaluationTexts, figures: EvaluationFigures) {
  const { f } = ctx;
  const { cost } = figures;
  const balance: [string, string] =
    cost.remaining < 0
      ? [t.cost.overspent, f.money(-cost.remaining)]
      : [t.cost.remaining, f.money(cost.remaining)];
  const content: Content[] = [
    facts([
      [t.cost.budget, f.money(cost.planned)],
      [t.cost.spent, f.money(cost.spent)],
      balance,
      [t.cost.share, shareText(ctx, cost.share, t.cost.noBudget)],
    ]),
  ];
  // A source with nothing planned or spent (e.g. "not stated" on free activities) says nothing.
  const sources = cost.bySource.filter((source) => source.planned !== 0 || source.spent !== 0);
  if (sources.length > 0) {
    content.push(
      dataTable(
        [th(t.cost.source), th(t.cost.budget, 'right'), th(t.cost.spent, 'right')],
        ['*', 90, 90],
        sources.map((s) => [
          s.key === null
            ? { text: s.label[ctx.lang], italics: true, color: COLOR.muted }
            : s.label[ctx.lang],
          right(f.money(s.planned)),
          right(f.money(s.spent)),
        ]),
      ),
    );
  }
  content.push(muted(t.cost.note));
  return content;
}

function participantsPart(ctx: SectionContext, t: EvaluationTexts, figures: EvaluationFigures) {
  const { f } = ctx;
  const p = figures.participants;
  return [
    facts([
      [t.participants.planned, f.integer(p.planned)],
      [t.participants.reached, f.integer(p.reached)],
      [t.participants.share, shareText(ctx, p.share, t.participants.nobodyPlanned)],
    ]),
  ];
}

function effectPart(ctx: SectionContext, t: EvaluationTexts, figures: EvaluationFigures) {
  const { f } = ctx;
  const content: Content[] = [{ text: t.effect.lead, style: 'lead' }];
  const rows = figures.effectChain.map((link): Content[] => {
    const label = link.label[ctx.lang];
    if (link.measurements === 0 && link.pairs.length === 0) {
      return [
        { text: label, bold: true },
        { text: t.effect.blind, italics: true, color: COLOR.worse, colSpan: 2 },
        { text: '' },
      ];
    }
    const change: Inline[] =
      link.meanChange === null
        ? [{ text: t.effect.noChange, color: COLOR.muted, italics: true }]
        : [
            {
              text: f.signedDecimal(link.meanChange),
              bold: true,
              color:
                link.meanChange > 0 ? COLOR.better : link.meanChange < 0 ? COLOR.worse : COLOR.text,
            },
            { text: ` (${t.effect.pairs(link.pairs.length)})`, color: COLOR.muted },
          ];
    const indicators = link.indicators.map((i) => `${f.shortDate(i.date)}: ${i.indicator}`);
    return [
      { text: label, bold: true },
      {
        stack: [
          t.effect.measurementsValue(link.baselines, link.followUps),
          ...indicators.map((i) => ({ text: i, fontSize: SMALL_SIZE - 0.5, color: COLOR.muted })),
        ],
      },
      { text: change },
    ];
  });
  content.push(
    dataTable(
      [th(t.effect.link), th(t.effect.measurements), th(t.effect.change)],
      [110, '*', 150],
      rows,
    ),
  );
  const measured = figures.competences.filter((c) => c.change !== null || c.baseline !== null);
  if (measured.length > 0) {
    const level = (value: number | null) => (value === null ? '–' : f.decimalLevel(value));
    content.push(subheading(t.effect.competences, 3));
    content.push(
      dataTable(
        [
          th(t.effect.competence),
          th(t.effect.before, 'right'),
          th(t.effect.after, 'right'),
          th(t.effect.change, 'right'),
        ],
        ['*', 50, 50, 60],
        measured.map((c) => [
          c.title,
          right(level(c.baseline)),
          right(level(c.followUp)),
          right(c.change === null ? '–' : f.signedDecimal(c.change)),
        ]),
      ),
    );
  }
  return content;
}
