import type { StatusSnapshotEntity } from '../../../../shared/model/entities';
import {
  diffSnapshots,
  shownProgressChange,
  type ActivityRef,
  type Delta,
  type SnapshotDiff,
} from '../../../../shared/progress';
import type { SectionContext } from '../context';
import type { Content, Inline } from '../doc-types';
import { bullet, dataTable, emptyNote, subheading } from '../blocks';
import { COLOR, SMALL_SIZE } from '../theme';
import { signed } from './signed';

/** What moved between the status before the latest and the latest, in figures and by name. */
export function sinceStatus(
  ctx: SectionContext,
  previous: StatusSnapshotEntity | null,
  latest: StatusSnapshotEntity,
): Content[] {
  const { t, f } = ctx;
  if (!previous) return [{ ...emptyNote(t.status.first), margin: [0, 10, 0, 0] }];
  const diff = diffSnapshots(previous.data, latest.data);
  const content: Content[] = [
    subheading(t.status.since(f.date(previous.date), f.integer(diff.days))),
    figuresTable(ctx, diff),
    subheading(t.status.moved, 3),
  ];
  content.push(
    diff.moved.length === 0
      ? emptyNote(t.status.nothingMoved)
      : bullets(
          ctx,
          diff.moved.map((m) => [
            { text: m.title, bold: true },
            `: ${[
              m.status &&
                t.status.statusMove(t.activityStatus[m.status.from], t.activityStatus[m.status.to]),
              m.progress &&
                t.status.progressMove(f.percent(m.progress.from), f.percent(m.progress.to)),
              m.spent && t.status.spentMove(signed(m.spent.change, f.money)),
              m.participantsReached &&
                t.status.reachedMove(signed(m.participantsReached.change, f.integer)),
            ]
              .filter((part): part is string => typeof part === 'string')
              .join(', ')}`,
          ]),
        ),
  );
  const refLists: [string, ActivityRef[]][] = [
    [t.status.added, diff.added],
    [t.status.removed, diff.removed],
    [t.status.newlyOverdue, diff.newlyOverdue],
    [t.status.noLongerOverdue, diff.noLongerOverdue],
  ];
  for (const [heading, refs] of refLists) {
    if (refs.length === 0) continue;
    content.push(
      subheading(heading, 3),
      bullets(
        ctx,
        refs.map((r) => [`${r.title} (${t.activityStatus[r.status].toLowerCase()})`]),
      ),
    );
  }
  if (diff.competences.length > 0) {
    const pct = (v: number | null) => (v === null ? t.status.none : f.percent(Math.round(v)));
    content.push(
      subheading(t.status.competences, 3),
      bullets(
        ctx,
        diff.competences.map((c) => [
          `${c.title}: ${pct(c.progress.from)} → ${pct(c.progress.to)}`,
        ]),
      ),
    );
  }
  return content;
}

function figuresTable(ctx: SectionContext, diff: SnapshotDiff): Content {
  const { t, f } = ctx;
  const right = (text: string) => ({
    text,
    bold: true,
    fontSize: SMALL_SIZE,
    alignment: 'right' as const,
  });
  const cell = (text: string, color: string = COLOR.text): Content => ({
    text,
    alignment: 'right',
    color,
  });
  const changeColor = (change: number) =>
    change > 0 ? COLOR.better : change < 0 ? COLOR.worse : COLOR.muted;
  const row = (label: string, d: Delta, show: (n: number) => string, good = 1): Content[] => [
    label,
    cell(show(d.from)),
    cell(show(d.to)),
    cell(signed(d.change, show), changeColor(d.change * good)),
  ];
  const d = diff.progress;
  const p = shownProgressChange(d);
  const progress: Content[] =
    p === null
      ? [
          t.status.progress,
          cell(d.from === null ? '–' : f.percent(Math.round(d.from))),
          cell(d.to === null ? '–' : f.percent(Math.round(d.to))),
          cell(t.status.notComparable, COLOR.muted),
        ]
      : [
          t.status.progress,
          cell(f.percent(p.from)),
          cell(f.percent(p.to)),
          cell(t.status.points(signed(p.change, f.integer)), changeColor(p.change)),
        ];
  return dataTable(
    [t.status.figure, right(t.status.previous), right(t.status.latest), right(t.status.change)],
    ['*', 95, 95, 120],
    [
      progress,
      // Neither more budget nor more spending is good or bad in itself: shown without colour.
      row(t.status.budget, diff.budget.planned, f.money, 0),
      row(t.status.spent, diff.budget.spent, f.money, 0),
      row(t.status.reached, diff.participants.reached, f.integer),
    ],
  );
}

/**
 * Past this many names a list stops and says how many more there are: on paper a page of names
 * tells a director less than the figures above it, and the screen has the whole list.
 */
export const LIST_LIMIT = 30;

function bullets(ctx: SectionContext, items: readonly Inline[][]): Content {
  const shown: Content[] = items.slice(0, LIST_LIMIT).map((parts) => ({
    text: [bullet(COLOR.accent), ...parts],
    margin: [0, 0, 0, 3],
  }));
  if (items.length > LIST_LIMIT) {
    shown.push({
      text: ctx.t.status.more(ctx.f.integer(items.length - LIST_LIMIT)),
      color: COLOR.muted,
      fontSize: SMALL_SIZE,
    });
  }
  return { stack: shown, margin: [0, 0, 0, 6] };
}
