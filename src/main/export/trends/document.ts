import type { PlanDocument } from '../../../shared/model/document';
import { planDefaults } from '../../../shared/model/defaults';
import type { Language } from '../../../shared/model/enums';
import type { Combination, CountedEntry, TrendsReport } from '../../../shared/trends';
import { dataTable, emptyNote, facts, muted, sectionHeading, subheading } from '../pdf/blocks';
import { sectionContext, type SectionContext } from '../pdf/context';
import type { CanvasNode, Content, DocDefinition, TextNode } from '../pdf/doc-types';
import type { PdfFonts } from '../pdf/fonts';
import { documentFrame } from '../pdf/frame';
import { COLOR, SMALL_SIZE } from '../pdf/theme';
import { trendsTexts, type TrendsTexts } from './texts';

export interface TrendsPdfOptions {
  now?: Date;
  onPages?: (pages: number) => void;
}

const BAR = 110;

/** The frame's context needs a plan; a report of many plans is nobody's, so an empty one. */
function reportContext(lang: Language, now: Date, fonts: PdfFonts | null): SectionContext {
  const empty: PlanDocument = {
    plan: {
      id: '00000000-0000-4000-8000-000000000000',
      updatedAt: now.toISOString(),
      ...planDefaults(trendsTexts[lang].title, lang),
    },
    members: [],
    targetGroups: [],
    drivers: [],
    competences: [],
    methods: [],
    activities: [],
    measurements: [],
    yearItems: [],
    statusSnapshots: [],
    evaluations: [],
    workshops: [],
    workshopCards: [],
    workshopVotes: [],
  };
  return sectionContext(empty, lang, now, fonts);
}

function bar(share: number): CanvasNode {
  const w = Math.max(0, Math.min(1, share)) * BAR;
  return {
    width: BAR,
    canvas: [
      { type: 'rect', x: 0, y: 3, w: BAR, h: 7, color: COLOR.track },
      ...(w > 0 ? [{ type: 'rect' as const, x: 0, y: 3, w, h: 7, color: COLOR.accent }] : []),
    ],
  };
}

const th = (text: string, alignment: 'left' | 'right' = 'left'): TextNode => ({
  text,
  bold: true,
  fontSize: SMALL_SIZE,
  alignment,
});

/** A counted list as the seed's list, with the numbers: title, plans, share and a bar. */
function countedTable(
  ctx: SectionContext,
  w: TrendsTexts,
  entries: readonly CountedEntry[],
  extra?: { header: string; value: (index: number) => string },
  markCustom = true,
): Content {
  const { f } = ctx;
  const title = (e: CountedEntry): TextNode => ({
    text: [
      e.title,
      ...(markCustom && e.key === null ? [{ text: ` (${w.custom})`, color: COLOR.muted }] : []),
    ],
  });
  return dataTable(
    [
      th(w.columns.title),
      th(w.columns.plans, 'right'),
      th(w.columns.share, 'right'),
      ...(extra ? [th(extra.header, 'right')] : []),
      th(''),
    ],
    ['*', 34, 34, ...(extra ? [50] : []), BAR],
    entries.map((e, i) => [
      title(e),
      { text: f.integer(e.count), alignment: 'right' },
      { text: f.percent(Math.round(e.share * 100)), alignment: 'right' },
      ...(extra ? [{ text: extra.value(i), alignment: 'right' as const }] : []),
      bar(e.share),
    ]),
  );
}

function countedSection(
  ctx: SectionContext,
  w: TrendsTexts,
  words: { heading: string; intro: string },
  entries: readonly CountedEntry[],
  plans: number,
): Content[] {
  const content: Content[] = [...sectionHeading(words.heading)];
  const used = entries.filter((e) => e.count > 0);
  const unused = entries.filter((e) => e.count === 0 && e.key !== null).length;
  const lead = [words.intro];
  const first = used[0];
  if (first) lead.push(w.top(first.title, first.count, plans));
  if (unused > 0) lead.push(w.unused(unused));
  content.push({ text: lead.join(' '), margin: [0, 0, 0, 6] });
  content.push(countedTable(ctx, w, entries));
  if (entries.some((e) => e.key === null)) content.push(muted(w.customNote));
  return content;
}

function combinationTable(
  ctx: SectionContext,
  w: TrendsTexts,
  list: readonly Combination[],
): Content {
  if (list.length === 0) return emptyNote(w.combinations.none);
  return dataTable(
    [
      th(w.columns.from),
      th(w.columns.to),
      th(w.columns.plans, 'right'),
      th(w.columns.share, 'right'),
    ],
    ['*', '*', 34, 34],
    list.map((c) => [
      c.from.title,
      c.to.title,
      { text: ctx.f.integer(c.count), alignment: 'right' },
      { text: ctx.f.percent(Math.round(c.share * 100)), alignment: 'right' },
    ]),
  );
}

/**
 * The trends report as a document that reads like the seed article's overview — drivers,
 * competences, methods, each with a short lead and the list — with the plans' numbers beside each
 * entry and a bar for its share; then the links the plans make, the target groups gathered
 * across plans, the state's model, and the files that were not counted.
 */
export function trendsDocDefinition(
  report: TrendsReport,
  options: TrendsPdfOptions,
  fonts: PdfFonts | null = null,
): DocDefinition {
  const now = options.now ?? new Date();
  const ctx = reportContext(report.lang, now, fonts);
  const { f } = ctx;
  const w = trendsTexts[report.lang];
  const { totals, period } = report;
  const n = totals.plans;
  const periodText =
    period.start && period.end
      ? ctx.t.document.range(f.date(period.start), f.date(period.end))
      : period.start
        ? ctx.t.document.from(f.date(period.start))
        : period.end
          ? ctx.t.document.until(f.date(period.end))
          : null;

  const content: Content[] = [
    { text: w.kicker.toUpperCase(), color: COLOR.accent, bold: true, fontSize: 8.5 },
    { text: w.title, style: 'h1', outline: true, headlineLevel: 1, margin: [0, 2, 0, 6] },
    { text: w.lead(n, periodText), style: 'lead' },
  ];
  if (report.anonymous) content.push(muted(w.anonymous, 9));
  content.push(
    facts(
      [
        [w.facts.plans, f.integer(n)],
        [w.facts.period, periodText ? w.ofPlans(periodText, period.plans, n) : w.none],
        [w.facts.activities, f.integer(totals.activities)],
        [
          w.facts.budget,
          totals.money.plans > 0
            ? w.ofPlans(
                w.budget(f.money(totals.money.budget), f.money(totals.money.spent)),
                totals.money.plans,
                n,
              )
            : w.none,
        ],
        [
          w.facts.participants,
          totals.participants.plans > 0
            ? w.ofPlans(
                w.participants(
                  f.integer(totals.participants.planned),
                  f.integer(totals.participants.reached),
                ),
                totals.participants.plans,
                n,
              )
            : w.none,
        ],
        [
          w.facts.skipped,
          totals.skipped + totals.duplicates > 0
            ? w.skippedFiles(totals.skipped + totals.duplicates)
            : w.none,
        ],
      ],
      120,
    ),
  );

  content.push(...countedSection(ctx, w, w.drivers, report.drivers, n));
  content.push(...countedSection(ctx, w, w.competences, report.competences, n));
  content.push(...countedSection(ctx, w, w.methods, report.methods, n));

  content.push(...sectionHeading(w.combinations.heading));
  content.push({ text: w.combinations.intro, margin: [0, 0, 0, 6] });
  for (const kind of ['driverCompetence', 'competenceMethod', 'competenceTargetGroup'] as const) {
    content.push(subheading(w.combinations[kind]));
    content.push(combinationTable(ctx, w, report.combinations[kind]));
  }

  content.push(...sectionHeading(w.targetGroups.heading));
  content.push({ text: w.targetGroups.intro, margin: [0, 0, 0, 6] });
  if (report.targetGroups.length === 0) content.push(emptyNote(w.targetGroups.none));
  else {
    content.push(
      countedTable(
        ctx,
        w,
        report.targetGroups,
        {
          header: w.columns.headcount,
          value: (i) => {
            const headcount = report.targetGroups[i]?.headcount ?? null;
            return headcount === null ? '' : f.integer(headcount);
          },
        },
        // Target groups are the committees' own: none is from the catalogue.
        false,
      ),
    );
  }

  content.push(...sectionHeading(w.stateModel.heading));
  content.push({ text: w.stateModel.intro, margin: [0, 0, 0, 6] });
  content.push(countedTable(ctx, w, report.stateModelAreas));

  if (report.skipped.length > 0 || report.duplicates.length > 0) {
    content.push(...sectionHeading(w.skipped.heading));
    if (report.skipped.length > 0) {
      content.push({ text: w.skipped.intro, margin: [0, 0, 0, 4] });
      content.push({
        ul: report.skipped.map((s) => ({ text: [{ text: `${s.file}: `, bold: true }, s.reason] })),
        margin: [0, 0, 0, 8],
      });
    }
    if (report.duplicates.length > 0) {
      content.push({ text: w.skipped.duplicates, margin: [0, 0, 0, 4] });
      content.push({
        ul: report.duplicates.map((d) => ({
          text: [
            { text: `${d.file}: `, bold: true },
            d.rule === 'same-file' ? w.skipped.sameFile(d.sameAs) : w.skipped.samePlan(d.sameAs),
          ],
        })),
      });
    }
  }

  return documentFrame(
    ctx,
    { title: w.title, subject: w.subject, orientation: 'portrait', now, onPages: options.onPages },
    content,
  );
}
