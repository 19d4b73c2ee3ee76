import { useId, type KeyboardEvent, type PointerEvent } from 'react';
import type { Activity } from '../../../../shared/model/entities';
import { FONT, INK, INK_MUTED, LINE_LIGHT, svgIdPrefix } from '../charts/chart-style';
import { SvgPatterns } from '../charts/SvgPatterns';
import { fitText } from '../charts/text-fit';
import type { Dates } from './date-moves';
import { barTarget } from './bar-target';
import { TimelineBar, type BarTexts } from './TimelineBar';
import { ROW_HEIGHT, type Scale } from './timeline-geometry';
import type { TimelineRow } from './timeline-rows';
import { monthsIn } from './timeline-window';

/**
 * The activities as bars on the month grid. A group of buttons rather than an image: each bar can
 * be moved. The same facts are in the table view and in each bar's accessible name. The chart is
 * as tall as all its rows, but only the rows in `drawn` are in it, so a plan of 20,000 activities
 * opens as fast as one of fifty.
 */
export function TimelineChart({
  label,
  rows,
  drawn,
  scale,
  width,
  today,
  datesOf,
  textsOf,
  groupTitle,
  activeKey,
  chartFocused,
  expandedKey,
  detailsId,
  hintId,
  movable,
  onKeyDown,
  onPointerDown,
  onPointerMove,
  onPointerUp,
  onPointerCancel,
  onFocusBar,
  onBlurChart,
}: {
  label: string;
  rows: readonly TimelineRow[];
  /** The indexes of the rows to draw, in order. */
  drawn: readonly number[];
  scale: Scale;
  width: number;
  today: string;
  datesOf: (key: string, activity: Activity) => Dates;
  textsOf: (activity: Activity, dates: Dates) => BarTexts;
  groupTitle: (title: string | null, count: number) => string;
  activeKey: string | null;
  chartFocused: boolean;
  expandedKey: string | null;
  detailsId: string;
  hintId: string;
  movable: boolean;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
  onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
  onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
  onPointerUp: (event: PointerEvent<SVGSVGElement>) => void;
  onPointerCancel: (event: PointerEvent<SVGSVGElement>) => void;
  onFocusBar: (key: string) => void;
  onBlurChart: () => void;
}) {
  const prefix = svgIdPrefix(useId());
  const height = Math.max(ROW_HEIGHT, rows.length * ROW_HEIGHT);
  const showToday = today >= scale.window.from && today < scale.window.to;
  const todayX = scale.x(today) + scale.pxPerDay / 2;

  return (
    <svg
      className="timeline-chart"
      role="group"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      fontFamily={FONT}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onFocus={(e) => {
        const hit = barTarget(e.target);
        if (hit) onFocusBar(hit.key);
      }}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node) || !e.currentTarget.contains(e.relatedTarget)) {
          onBlurChart();
        }
      }}
    >
      <SvgPatterns prefix={prefix} />
      {monthsIn(scale.window).map((m) => (
        <line key={m} x1={scale.x(m)} x2={scale.x(m)} y1={0} y2={height} stroke={LINE_LIGHT} />
      ))}
      <line x1={scale.left} x2={scale.left} y1={0} y2={height} stroke={LINE_LIGHT} />
      {drawn.map((i) => {
        const row = rows[i];
        if (!row) return null;
        const y = i * ROW_HEIGHT;
        if (row.kind === 'group') {
          return (
            <g key={`g-${row.key}`}>
              <rect x={0} y={y} width={scale.right} height={ROW_HEIGHT} fill="#f0f0f0" />
              <text
                x={8}
                y={y + ROW_HEIGHT / 2}
                dominantBaseline="central"
                fontSize={14}
                fontWeight={600}
                fill={INK}
              >
                {fitText(groupTitle(row.title, row.count), scale.right - 16, 14)}
              </text>
            </g>
          );
        }
        const dates = datesOf(row.key, row.activity);
        return (
          <TimelineBar
            key={row.key}
            rowKey={row.key}
            activity={row.activity}
            start={dates.start}
            end={dates.end}
            y={y}
            scale={scale}
            prefix={prefix}
            textsOf={textsOf}
            tabbable={row.key === activeKey}
            focused={chartFocused && row.key === activeKey}
            expanded={row.key === expandedKey}
            detailsId={detailsId}
            hintId={hintId}
            movable={movable}
          />
        );
      })}
      {showToday && (
        <line
          x1={todayX}
          x2={todayX}
          y1={0}
          y2={height}
          stroke={INK}
          strokeWidth={2}
          strokeDasharray="5 3"
          pointerEvents="none"
        />
      )}
      <line
        x1={scale.right}
        x2={scale.right}
        y1={0}
        y2={height}
        stroke={INK_MUTED}
        strokeWidth={1}
      />
    </svg>
  );
}
