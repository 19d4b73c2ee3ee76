import { ACTIVITY_STATUSES } from '../../../../shared/model/enums';
import { budgetTotals } from '../../../../shared/progress/budget';
import { competencesByPriority, overallProgress, statusCounts } from '../../facts';
import type { SectionContext } from '../context';
import type { Content, TableNode, TextNode } from '../doc-types';
import { bullet, dataTable, emptyNote, muted, sectionHeading, subheading } from '../blocks';
import { COLOR, SMALL_SIZE, STATUS_COLOR } from '../theme';

const TOP_COMPETENCES = 6;
const TOP_DRIVERS = 8;

/** One page a director can read alone: why, what, how far, and what it costs. */
export function summarySection(ctx: SectionContext): Content[] {
  const { t } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.summary)];
  content.push(keyFigures(ctx));
  content.push({
    columns: [
      { width: '*', stack: driversList(ctx) },
      { width: 190, stack: statusTable(ctx) },
    ],
    columnGap: 24,
  });
  content.push(subheading(t.summary.competences));
  content.push(topCompetences(ctx));
  if (ctx.doc.activities.some((a) => a.status === 'cancelled')) {
    content.push({ ...muted(t.summary.cancelledNote), margin: [0, 6, 0, 0] });
  }
  return content;
}

/** Activities, budget, spending and progress: the figures a reader asks for first. */
export function keyFigures(ctx: SectionContext): TableNode {
  const { t, f, doc } = ctx;
  const totals = budgetTotals(doc.activities);
  const progress = overallProgress(doc.activities);
  const sources = totals.bySource.filter((s) => s.key !== null).length;
  const running = doc.activities.filter(
    (a) => a.status === 'planned' || a.status === 'in-progress',
  ).length;
  const figure = (label: string, value: string, note: string): Content => ({
    stack: [
      { text: label, fontSize: SMALL_SIZE, color: COLOR.muted },
      { text: value, fontSize: 15, bold: true, color: COLOR.heading, margin: [0, 2, 0, 1] },
      { text: note, fontSize: 7.5, color: COLOR.muted },
    ],
  });
  const share =
    totals.planned > 0 ? f.percent(Math.round((totals.spent / totals.planned) * 100)) : '–';
  return {
    table: {
      widths: ['*', '*', '*', '*'],
      body: [
        [
          figure(
            t.summary.activities,
            f.integer(doc.activities.length),
            t.summary.activitiesNote(running),
          ),
          figure(t.summary.budget, f.money(totals.planned), t.summary.budgetNote(sources)),
          figure(t.summary.spent, f.money(totals.spent), t.summary.spentNote(share)),
          figure(
            t.summary.progress,
            progress.value === null ? '–' : f.percent(Math.round(progress.value)),
            progress.weighted ? t.summary.progressNote : t.summary.progressNoteUnweighted,
          ),
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i, node) => (i === 0 || i === (node.table.widths?.length ?? 0) ? 0 : 6),
      vLineColor: () => '#ffffff',
      fillColor: () => COLOR.panel,
      paddingLeft: () => 9,
      paddingRight: () => 9,
      paddingTop: () => 8,
      paddingBottom: () => 8,
    },
    margin: [0, 0, 0, 8],
  };
}

function driversList(ctx: SectionContext): Content[] {
  const { t, doc } = ctx;
  const out: Content[] = [subheading(t.summary.drivers)];
  if (doc.drivers.length === 0) return [...out, emptyNote(t.summary.driversEmpty)];
  const shown = [...doc.drivers].sort((a, b) => a.priority - b.priority).slice(0, TOP_DRIVERS);
  out.push({
    stack: shown.map((d): TextNode => ({
      text: [
        bullet(COLOR.accent),
        { text: d.title, bold: d.priority === 1 },
        {
          text: `  ${t.priority[d.priority].toLowerCase()}`,
          color: COLOR.muted,
          fontSize: SMALL_SIZE,
        },
      ],
      margin: [0, 0, 0, 3],
    })),
  });
  if (doc.drivers.length > shown.length) {
    out.push(muted(t.summary.moreDrivers(doc.drivers.length - shown.length)));
  }
  return out;
}

function statusTable(ctx: SectionContext): Content[] {
  const { t, f, doc } = ctx;
  const out: Content[] = [subheading(t.summary.statusCounts)];
  if (doc.activities.length === 0) return [...out, emptyNote(t.summary.statusEmpty)];
  const counts = statusCounts(doc.activities);
  out.push(
    dataTable(
      [
        t.activities.status,
        { text: t.summary.count, bold: true, fontSize: SMALL_SIZE, alignment: 'right' },
      ],
      ['*', 40],
      ACTIVITY_STATUSES.map((s) => [
        { text: [bullet(STATUS_COLOR[s]), t.activityStatus[s]] },
        { text: f.integer(counts[s]), alignment: 'right' },
      ]),
    ),
  );
  return out;
}

function topCompetences(ctx: SectionContext): Content {
  const { t, doc, lookup } = ctx;
  if (doc.competences.length === 0) return emptyNote(t.summary.competencesEmpty);
  const sorted = competencesByPriority(doc.competences);
  const shown = sorted.slice(0, TOP_COMPETENCES);
  const rows = shown.map((c): Content[] => [
    { text: c.title, bold: c.priority === 1 },
    { text: t.priority[c.priority], fontSize: SMALL_SIZE },
    {
      text:
        c.currentLevel !== null && c.targetLevel !== null
          ? `${c.currentLevel} → ${c.targetLevel}`
          : (c.targetLevel ?? c.currentLevel ?? '–').toString(),
      alignment: 'center',
    },
    { text: lookup.targetGroupNames(c.targetGroupIds).join(', ') || '–', fontSize: SMALL_SIZE },
  ]);
  const table = dataTable(
    [
      t.measurements.competence,
      t.priority.label,
      { text: t.competences.level, bold: true, fontSize: SMALL_SIZE, alignment: 'center' },
      t.competences.targetGroups,
    ],
    ['*', 72, 40, 130],
    rows,
  );
  if (sorted.length <= shown.length) return table;
  return [table, muted(t.summary.moreCompetences(sorted.length - shown.length))];
}
