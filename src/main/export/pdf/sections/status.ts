import { ACTIVITY_STATUSES } from '../../../../shared/model/enums';
import type { StatusSnapshotEntity } from '../../../../shared/model/entities';
import type { StatusSnapshot } from '../../../../shared/progress';
import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { bullet, dataTable, emptyNote, facts, muted, sectionHeading, subheading } from '../blocks';
import { COLOR, SMALL_SIZE, STATUS_COLOR } from '../theme';
import { figureRow, type KeyFigure } from './figure-row';
import { signed } from './signed';
import { LIST_LIMIT, sinceStatus } from './status-diff';

/**
 * The latest status the committee marked: its key figures as they were that day, and what moved
 * since the status before it. The figures are the stored snapshot's, not the plan's of today, so
 * the page says what the committee saw at the meeting.
 */
export function statusSection(ctx: SectionContext): Content[] {
  const { t, f } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.status)];
  const ordered = byDate(ctx.doc.statusSnapshots);
  const latest = ordered.at(-1);
  if (!latest) return [...content, emptyNote(t.status.noSnapshot)];
  const previous = ordered.at(-2) ?? null;

  content.push({ text: t.status.lead(f.date(latest.date)), style: 'lead' });
  if (latest.note.trim()) content.push(facts([[t.status.note, latest.note.trim()]], 80));
  content.push(figureRow(keyFigures(ctx, latest.data)));
  content.push({
    columns: [
      { width: '*', stack: overdueList(ctx, latest.data) },
      { width: 200, stack: statusTable(ctx, latest.data, previous?.data ?? null) },
    ],
    columnGap: 24,
  });
  content.push(...sinceStatus(ctx, previous, latest));
  // With two, the comparison above already gives both; the list earns its place from three.
  if (ordered.length > 2) content.push(...history(ctx, ordered));
  return content;
}

/** Oldest first; statuses marked on the same day keep the order they were marked in. */
export function byDate(snapshots: readonly StatusSnapshotEntity[]): StatusSnapshotEntity[] {
  return snapshots
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.date.localeCompare(b.s.date) || a.i - b.i)
    .map(({ s }) => s);
}

function keyFigures(ctx: SectionContext, data: StatusSnapshot): KeyFigure[] {
  const { t, f } = ctx;
  const { progress, budget, participants } = data;
  const share =
    budget.planned > 0 ? f.percent(Math.round((budget.spent / budget.planned) * 100)) : '–';
  return [
    {
      label: t.status.progress,
      value: progress.percent === null ? '–' : f.percent(Math.round(progress.percent)),
      note:
        progress.weighting === 'participants'
          ? t.status.progressWeighted
          : progress.weighting === 'unweighted'
            ? t.status.progressUnweighted
            : t.status.progressNone,
    },
    { label: t.status.budget, value: f.money(budget.planned), note: t.status.budgetNote },
    { label: t.status.spent, value: f.money(budget.spent), note: t.status.spentNote(share) },
    {
      label: t.status.reached,
      value: f.integer(participants.reached),
      note: t.status.reachedNote(f.integer(participants.planned)),
    },
  ];
}

function overdueList(ctx: SectionContext, data: StatusSnapshot): Content[] {
  const { t, f } = ctx;
  const out: Content[] = [subheading(t.status.overdue)];
  if (data.overdue.length === 0) return [...out, emptyNote(t.status.overdueNone)];
  const items: Content[] = data.overdue.slice(0, LIST_LIMIT).map((o) => ({
    text: [
      bullet(COLOR.worse),
      t.status.overdueItem(o.title, f.integer(o.daysOverdue), f.percent(Math.round(o.progress))),
    ],
    margin: [0, 0, 0, 3],
  }));
  if (data.overdue.length > LIST_LIMIT) {
    items.push(muted(t.status.more(f.integer(data.overdue.length - LIST_LIMIT))));
  }
  out.push({ stack: items });
  return out;
}

function statusTable(
  ctx: SectionContext,
  data: StatusSnapshot,
  before: StatusSnapshot | null,
): Content[] {
  const { t, f } = ctx;
  const right = (text: string) => ({
    text,
    bold: true,
    fontSize: SMALL_SIZE,
    alignment: 'right' as const,
  });
  const headers: Content[] = [t.activities.status, right(t.summary.count)];
  const widths: (number | '*')[] = ['*', 36];
  if (before) {
    headers.push(right(t.status.change));
    widths.push(44);
  }
  const rows = ACTIVITY_STATUSES.map((s): Content[] => {
    const row: Content[] = [
      { text: [bullet(STATUS_COLOR[s]), t.activityStatus[s]] },
      { text: f.integer(data.byStatus[s]), alignment: 'right' },
    ];
    if (before) {
      const change = data.byStatus[s] - before.byStatus[s];
      row.push({
        text: signed(change, f.integer),
        alignment: 'right',
        color: change === 0 ? COLOR.muted : COLOR.text,
      });
    }
    return row;
  });
  return [subheading(t.status.byStatus), dataTable(headers, widths, rows)];
}

function history(ctx: SectionContext, ordered: readonly StatusSnapshotEntity[]): Content[] {
  const { t, f } = ctx;
  const right = (text: string) => ({
    text,
    bold: true,
    fontSize: SMALL_SIZE,
    alignment: 'right' as const,
  });
  const rows = ordered.map((s): Content[] => [
    f.date(s.date),
    {
      text: s.data.progress.percent === null ? '–' : f.percent(Math.round(s.data.progress.percent)),
      alignment: 'right',
    },
    { text: f.money(s.data.budget.spent), alignment: 'right' },
    { text: f.integer(s.data.participants.reached), alignment: 'right' },
  ]);
  const table = dataTable(
    [t.status.date, right(t.status.progress), right(t.status.spent), right(t.status.reached)],
    ['*', 90, 110, 90],
    rows,
  );
  // The heading and the header row are never left alone at the foot of a page.
  table.table.keepWithHeaderRows = 1;
  return [{ stack: [subheading(t.status.history), table], unbreakable: rows.length <= 12 }];
}
