import { memo } from 'react';
import type { Activity } from '../../../../shared/model/entities';
import { FONT, INK, INK_MUTED, STATUS_SWATCH, fillOf } from '../charts/chart-style';
import { fitText } from '../charts/text-fit';
import type { Dates } from './date-moves';
import { BAR_HEIGHT, LABEL_WIDTH, ROW_HEIGHT, barSpan, type Scale } from './timeline-geometry';

export interface BarTexts {
  /** The accessible name: title, dates, status and progress in words. */
  name: string;
  /** Written beside the bar: the status and progress, so colour is never the only carrier. */
  status: string;
  /** For a bar outside the window: its dates, at the edge it lies beyond. */
  before: string;
  after: string;
}

const TEXT_SIZE = 13;
const charWidth = TEXT_SIZE * 0.56;

/**
 * One activity's row: its title, its bar and its status in words. The bar is a focusable button;
 * keys and pointer presses are handled once on the chart (see TimelineChart), so a row only
 * re-renders when what it shows changes — a few hundred rows stay smooth while one is dragged.
 */
export const TimelineBar = memo(TimelineBarRow, sameBar);

interface BarProps {
  rowKey: string;
  activity: Activity;
  /** The dates drawn, which may be a drag in progress or a move being saved. */
  start: string | null;
  end: string | null;
  y: number;
  scale: Scale;
  prefix: string;
  textsOf: (activity: Activity, dates: Dates) => BarTexts;
  tabbable: boolean;
  focused: boolean;
  expanded: boolean;
  detailsId: string;
  hintId: string;
  movable: boolean;
}

/**
 * Every saved edit brings a new copy of the whole plan, so an unchanged activity arrives as a new
 * object; comparing what the row shows keeps a few hundred rows from all drawing again.
 */
function sameBar(a: BarProps, b: BarProps): boolean {
  for (const key of Object.keys(a) as (keyof BarProps)[]) {
    if (key === 'activity') continue;
    if (a[key] !== b[key]) return false;
  }
  const x = a.activity;
  const y = b.activity;
  return x.id === y.id && x.title === y.title && x.status === y.status && x.progress === y.progress;
}

function TimelineBarRow({
  rowKey,
  activity,
  start,
  end,
  y,
  scale,
  prefix,
  textsOf,
  tabbable,
  focused,
  expanded,
  detailsId,
  hintId,
  movable,
}: BarProps) {
  const dates = { start, end };
  const texts = textsOf(activity, dates);
  const span = barSpan(dates, scale);
  const swatch = STATUS_SWATCH[activity.status];
  const barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const mid = y + ROW_HEIGHT / 2;
  const visible = span !== null && span.x2 > scale.left && span.x1 < scale.right;
  const x1 = span ? Math.max(span.x1, scale.left) : scale.left;
  const x2 = span ? Math.min(span.x2, scale.right) : scale.left;
  const statusWidth = texts.status.length * charWidth;
  const statusAfter = x2 + 6 + statusWidth <= scale.right;
  const statusBefore = x1 - 6 - statusWidth >= scale.left;

  return (
    <g
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={texts.name}
      aria-describedby={hintId}
      aria-expanded={expanded}
      aria-controls={expanded ? detailsId : undefined}
      data-bar-key={rowKey}
      className={movable ? 'timeline-bar movable' : 'timeline-bar'}
    >
      <rect
        x={0}
        y={y}
        width={scale.right}
        height={ROW_HEIGHT}
        fill={focused ? '#eef3fa' : 'transparent'}
      />
      <text
        x={8}
        y={mid}
        dominantBaseline="central"
        fontSize={TEXT_SIZE}
        fill={INK}
        fontFamily={FONT}
      >
        {fitText(activity.title, LABEL_WIDTH - 20, TEXT_SIZE)}
      </text>
      {span && visible && (
        <>
          <rect
            data-part="bar"
            x={x1}
            y={barY}
            width={Math.max(2, x2 - x1)}
            height={BAR_HEIGHT}
            rx={3}
            fill={fillOf(swatch, prefix)}
            stroke={swatch.stroke}
            strokeWidth={1.5}
            strokeDasharray={swatch.dash}
          />
          {span.open && (
            <text
              x={span.open === 'end' ? x2 + 2 : x1 - 2}
              y={mid}
              dominantBaseline="central"
              textAnchor={span.open === 'end' ? 'start' : 'end'}
              fontSize={TEXT_SIZE}
              fill={INK_MUTED}
            >
              …
            </text>
          )}
          {(statusAfter || statusBefore) && (
            <text
              x={
                statusAfter
                  ? x2 + (span.open === 'end' ? 16 : 6)
                  : x1 - (span.open === 'start' ? 16 : 6)
              }
              y={mid}
              dominantBaseline="central"
              textAnchor={statusAfter ? 'start' : 'end'}
              fontSize={TEXT_SIZE}
              fill={INK_MUTED}
              fontFamily={FONT}
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {texts.status}
            </text>
          )}
          {movable && (
            <rect
              data-handle="end"
              className="timeline-handle"
              x={x2 - 5}
              y={barY - 3}
              width={10}
              height={BAR_HEIGHT + 6}
              fill={focused ? INK : 'transparent'}
              fillOpacity={focused ? 0.6 : 0}
            />
          )}
        </>
      )}
      {span && !visible && (
        <text
          x={span.x2 <= scale.left ? scale.left + 4 : scale.right - 4}
          y={mid}
          dominantBaseline="central"
          textAnchor={span.x2 <= scale.left ? 'start' : 'end'}
          fontSize={TEXT_SIZE}
          fill={INK_MUTED}
          fontFamily={FONT}
        >
          {span.x2 <= scale.left ? texts.before : texts.after}
        </text>
      )}
      {focused && (
        <rect
          x={2}
          y={y + 1}
          width={scale.right - 2}
          height={ROW_HEIGHT - 2}
          fill="none"
          stroke={INK}
          strokeWidth={2}
          rx={3}
        />
      )}
    </g>
  );
}
