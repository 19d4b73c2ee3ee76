import type { Activity } from '../../../../shared/model/entities';
import type { TimelineSpan } from '../../timeline-span';
import type { SectionContext } from '../context';
import type { Content, TextNode } from '../doc-types';
import { dataTable, muted } from '../blocks';
import { periodText } from '../period';
import { SMALL_SIZE } from '../theme';
import type { Load } from './timeline-load';

const th = (text: string, alignment: 'left' | 'right' = 'left'): TextNode => ({
  text,
  bold: true,
  fontSize: SMALL_SIZE,
  alignment,
});

/**
 * The timeline for a document a word processor lays out, which cannot take the drawing: what the
 * bars show, in tables. First how many activities run in each month (the bars at the top), then
 * each activity in the drawing's order with its status and period (its bar).
 */
export function flowingTimeline(
  ctx: SectionContext,
  span: TimelineSpan,
  load: Load,
  activities: readonly Activity[] | null,
): Content[] {
  const { t, f } = ctx;
  const label = (column: Date) =>
    span.unit === 'year' ? String(column.getUTCFullYear()) : f.month(column, true);
  const running = (column: Load['columns'][number]) =>
    Object.values(column).reduce((sum, n) => sum + n, 0);
  const content: Content[] = [
    dataTable(
      [th(t.yearWheel.month), th(t.timeline.load, 'right')],
      ['*', 150],
      span.columns.map((column, i) => [
        label(column),
        { text: f.integer(running(load.columns[i]!)), alignment: 'right' },
      ]),
    ),
    { ...muted(t.timeline.loadCounts), margin: [0, 0, 0, 10] },
  ];
  if (activities) {
    content.push(
      dataTable(
        [th(t.activities.title), th(t.activities.status), th(t.activities.period)],
        ['*', 80, 150],
        activities.map((a) => [
          a.title,
          t.activityStatus[a.status],
          periodText(ctx, a.start, a.end, 'short') ?? t.timeline.undated,
        ]),
      ),
    );
  }
  return content;
}
