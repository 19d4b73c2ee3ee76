import { useId } from 'react';
import { FONT, INK, INK_MUTED, LINE_LIGHT, fillOf, svgIdPrefix, type Swatch } from './chart-style';
import { SvgPatterns } from './SvgPatterns';
import { fitText } from './text-fit';

export interface BarRow {
  key: string;
  label: string;
  /** One bar per series, drawn under each other in the row, each with its value in words. */
  bars: { key: string; value: number; text: string; swatch: Swatch }[];
}

const FONT_SIZE = 14;

/**
 * Horizontal bars, one row per category: the label on the left, the value written after each
 * bar, so nothing depends on reading a length or a colour. `label` is the chart's accessible
 * name and should say what the bars show; the figures themselves are in the table beside it.
 */
export function HBarChart({
  label,
  rows,
  max,
  width = 560,
  labelWidth = 170,
  valueWidth = 130,
  barHeight = 18,
}: {
  label: string;
  rows: readonly BarRow[];
  max?: number;
  width?: number;
  labelWidth?: number;
  valueWidth?: number;
  barHeight?: number;
}) {
  const prefix = svgIdPrefix(useId());
  const top = Math.max(1, max ?? Math.max(0, ...rows.flatMap((r) => r.bars.map((b) => b.value))));
  const track = width - labelWidth - valueWidth - 16;
  const rowGap = 10;
  const barGap = 4;
  const rowHeight = (r: BarRow) => r.bars.length * barHeight + (r.bars.length - 1) * barGap;
  const placed = placeRows(rows, rowHeight, rowGap);
  const last = placed[placed.length - 1];
  const height = Math.max(last ? last.y + rowHeight(last.row) + 4 : 0, 24);

  return (
    <svg
      className="chart-svg"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      fontFamily={FONT}
    >
      <title>{label}</title>
      <SvgPatterns prefix={prefix} />
      <line
        x1={labelWidth + 8}
        x2={labelWidth + 8}
        y1={0}
        y2={height}
        stroke={LINE_LIGHT}
        strokeWidth={1}
      />
      {placed.map(({ row, y: rowY }) => (
        <g key={row.key}>
          <text
            x={0}
            y={rowY + rowHeight(row) / 2}
            dominantBaseline="central"
            fontSize={FONT_SIZE}
            fill={INK}
          >
            {fitText(row.label, labelWidth, FONT_SIZE)}
          </text>
          {row.bars.map((bar, i) => {
            const barY = rowY + i * (barHeight + barGap);
            const length = Math.max(0, (Math.min(bar.value, top) / top) * track);
            return (
              <g key={bar.key}>
                {length > 0 ? (
                  <rect
                    x={labelWidth + 8}
                    y={barY}
                    width={length}
                    height={barHeight}
                    fill={fillOf(bar.swatch, prefix)}
                    stroke={bar.swatch.stroke}
                    strokeWidth={1.5}
                    strokeDasharray={bar.swatch.dash}
                  />
                ) : (
                  <line
                    x1={labelWidth + 8}
                    x2={labelWidth + 8}
                    y1={barY}
                    y2={barY + barHeight}
                    stroke={INK_MUTED}
                    strokeWidth={2}
                  />
                )}
                <text
                  x={labelWidth + 8 + length + 6}
                  y={barY + barHeight / 2}
                  dominantBaseline="central"
                  fontSize={FONT_SIZE}
                  fill={INK}
                >
                  {bar.text}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

/** Each row's top, the rows stacked with `gap` between them. */
function placeRows(
  rows: readonly BarRow[],
  heightOf: (r: BarRow) => number,
  gap: number,
): { row: BarRow; y: number }[] {
  const placed: { row: BarRow; y: number }[] = [];
  let y = 4;
  for (const row of rows) {
    placed.push({ row, y });
    y += heightOf(row) + gap;
  }
  return placed;
}
