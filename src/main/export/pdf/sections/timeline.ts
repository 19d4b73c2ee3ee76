import { ACTIVITY_STATUS_LETTERS } from '../../../../shared/i18n/enum-labels';
import { ACTIVITY_STATUSES } from '../../../../shared/model/enums';
import type { Activity } from '../../../../shared/model/entities';
import { timelineSpan, type TimelineSpan } from '../../timeline-span';
import type { SectionContext } from '../context';
import type { Content, TableLayout, TableNode } from '../doc-types';
import { emptyNote, muted, sectionHeading } from '../blocks';
import { fitted, lines } from '../fit';
import { figure } from '../tagging/nodes';
import { COLOR, contentWidth } from '../theme';
import { statusBar } from './status-pattern';
import { timelineAltText } from './timeline-alt-text';
import { flowingTimeline } from './timeline-flowing';
import { activityBar } from './timeline-bars';
import { loadBars, timelineLoad } from './timeline-load';

const LABEL_WIDTH = 210;
const LABEL_PADDING: [number, number] = [4, 8];
const LABEL_SIZE = 7.5;
/** The status letter's room at the right of the title, just before the bar. */
const LETTER_WIDTH = 12;
/** Narrower columns than this get a label only every few columns. */
const MIN_LABEL_WIDTH = 24;
const LOAD_HEIGHT = 56;
/**
 * Above this many activities the chart of each one (dozens of pages nobody reads in print) gives
 * way to the monthly totals; the activity table still gives every activity's period.
 */
export const GANTT_LIMIT = 200;

/** The bar area is whatever the landscape page leaves beside the titles. */
const BAR_WIDTH = contentWidth('landscape') - LABEL_WIDTH - LABEL_PADDING[0] - LABEL_PADDING[1];

/**
 * How busy each month is (activities running, stacked by status), then a Gantt-style chart: one
 * row per activity, a bar from start to end coloured by status. Each row is a table row of two
 * cells (title and a small canvas), not a cell per month, which keeps large plans fast.
 */
export function timelineSection(ctx: SectionContext): Content[] {
  const { t, f, doc } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.timeline)];
  if (doc.activities.length === 0) return [...content, emptyNote(t.timeline.empty)];
  const span = timelineSpan(doc.plan, doc.activities);
  if (!span) return [...content, emptyNote(t.timeline.noPeriod)];
  const load = timelineLoad(span, doc.activities);
  const gantt = doc.activities.length <= GANTT_LIMIT;
  if (ctx.layout === 'flowing') {
    const rows = gantt ? sortedByStart(doc.activities) : null;
    const note = gantt ? [] : [muted(t.timeline.tooMany(f.integer(doc.activities.length)))];
    return [...content, ...flowingTimeline(ctx, span, load, rows), ...note];
  }
  content.push({ text: t.timeline.intro, style: 'lead', margin: [0, 0, 0, 4] });
  content.push(legend(ctx));
  const body: Content[][] = [
    header(ctx, span),
    [
      {
        stack: [
          { text: t.timeline.load, bold: true, fontSize: LABEL_SIZE },
          { text: t.timeline.loadCounts, fontSize: 7, color: COLOR.muted },
          { text: t.timeline.loadMax(f.integer(load.max)), fontSize: 7, color: COLOR.muted },
        ],
      },
      { canvas: loadBars(load, BAR_WIDTH, LOAD_HEIGHT), margin: [0, 4, 0, 4] },
    ],
  ];
  let clipped = false;
  if (gantt) {
    for (const a of sortedByStart(doc.activities)) {
      const bar = activityBar(span, a, BAR_WIDTH);
      clipped ||= bar.clipped;
      body.push([
        titleAndLetter(ctx, a),
        bar.elements
          ? { canvas: bar.elements }
          : { text: t.timeline.undated, fontSize: 7, italics: true, color: COLOR.muted },
      ]);
    }
  }
  const table: TableNode = {
    table: { headerRows: 1, widths: [LABEL_WIDTH, BAR_WIDTH], body },
    layout: TIMELINE_LAYOUT,
  };
  content.push(figure(table, timelineAltText(doc, ctx.lang)));
  const notes: string[] = [];
  if (!gantt) notes.push(t.timeline.tooMany(f.integer(doc.activities.length)));
  if (clipped) notes.push(t.timeline.clipped);
  for (const note of notes) {
    content.push({ text: note, fontSize: 7.5, color: COLOR.muted, margin: [0, 4, 0, 0] });
  }
  return content;
}

const TIMELINE_LAYOUT: TableLayout = {
  hLineWidth: (row, node) =>
    row === 0 ? 0 : row === 1 || row === node.table.body.length ? 0.8 : 0.3,
  vLineWidth: () => 0,
  hLineColor: (row) => (row === 1 ? COLOR.rule : COLOR.hairline),
  paddingLeft: (column) => (column === 0 ? LABEL_PADDING[0] : 0),
  paddingRight: (column) => (column === 0 ? LABEL_PADDING[1] : 0),
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/**
 * The activity's title, then its status letter in a narrow column of its own, so the status can
 * be read in a black-and-white print and by anyone who cannot tell the colours apart.
 */
function titleAndLetter(ctx: SectionContext, a: Activity): Content {
  return {
    columns: [
      { ...fitted(ctx, a.title, LABEL_WIDTH - LETTER_WIDTH, { size: LABEL_SIZE }), width: '*' },
      {
        text: ACTIVITY_STATUS_LETTERS[a.status][ctx.lang],
        width: LETTER_WIDTH,
        bold: true,
        fontSize: LABEL_SIZE,
        alignment: 'center',
      },
    ],
    columnGap: 0,
  };
}

/**
 * Each status's bar pattern and letter with its name, in the order an activity moves through;
 * the letters stand beside the titles, the patterns on the bars.
 */
function legend(ctx: SectionContext): Content {
  const items: Content[] = [
    { text: `${ctx.t.timeline.legend}:`, width: 'auto', color: COLOR.muted, fontSize: 8 },
  ];
  for (const s of ACTIVITY_STATUSES) {
    items.push({ width: 18, canvas: statusBar(s, 0, 2, 18, 8) });
    items.push({
      text: [
        { text: ACTIVITY_STATUS_LETTERS[s][ctx.lang], bold: true },
        ` ${ctx.t.activityStatus[s]}`,
      ],
      width: 'auto',
      fontSize: 8,
    });
  }
  return { columns: items, columnGap: 5, margin: [0, 0, 0, 10] };
}

/**
 * Column labels over the bars. Narrow columns are labelled in groups of a few, each group's
 * label naming its first column; the year stands under the first label and wherever a year
 * begins.
 */
function header(ctx: SectionContext, span: TimelineSpan): Content[] {
  const width = BAR_WIDTH / span.columns.length;
  const step = Math.max(1, Math.ceil(MIN_LABEL_WIDTH / width));
  const labels: Content[] = [];
  for (let i = 0; i < span.columns.length; i += step) {
    const group = span.columns.slice(i, i + step);
    const first = group[0]!;
    const text: string[] = [];
    if (span.unit === 'year') {
      text.push(String(first.getUTCFullYear()));
    } else {
      const january = group.find((d) => d.getUTCMonth() === 0);
      const year = i === 0 ? first : january;
      text.push(ctx.f.month(first, false));
      if (year) text.push(String(year.getUTCFullYear()));
    }
    labels.push({ ...lines(text, { size: 7, color: COLOR.muted }), width: width * group.length });
  }
  return [
    { text: ctx.t.activities.title, bold: true, fontSize: 8 },
    { columns: labels, columnGap: 0 },
  ];
}

function sortedByStart(activities: readonly Activity[]): Activity[] {
  return activities
    .map((a, i) => ({ a, i, key: a.start ?? a.end ?? '\uffff' }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.i - y.i))
    .map(({ a }) => a);
}
