import { useId } from 'react';
import {
  BASELINE_SWATCH,
  FOLLOW_UP_SWATCH,
  FONT,
  INK,
  INK_MUTED,
  LINE_LIGHT,
  fillOf,
  svgIdPrefix,
} from '../charts/chart-style';
import { SvgPatterns } from '../charts/SvgPatterns';
import { fitText } from '../charts/text-fit';

export interface BeforeAfterRow {
  key: string;
  label: string;
  before: number | null;
  after: number | null;
  beforeText: string;
  afterText: string;
}

const WIDTH = 760;
const LABEL = 170;
const VALUE = 150;
const BAR = 14;
const GAP = 3;
const ROW_GAP = 12;
const TOP = 38;
const MAX_LEVEL = 5;

/**
 * Levels before and after, per target group and overall, on the 1–5 scale with the target level
 * marked. Every bar has its level written after it, so the picture is read without colour.
 */
export function BeforeAfterChart({
  label,
  rows,
  target,
  targetText,
}: {
  label: string;
  rows: readonly BeforeAfterRow[];
  target: number | null;
  targetText: string;
}) {
  const prefix = svgIdPrefix(useId());
  const left = LABEL + 8;
  const track = WIDTH - left - VALUE;
  const x = (level: number) => left + (Math.min(level, MAX_LEVEL) / MAX_LEVEL) * track;
  const rowHeight = BAR * 2 + GAP;
  const height = TOP + rows.length * (rowHeight + ROW_GAP) + 4;
  const bar = (y: number, value: number | null, text: string, before: boolean) => {
    const swatch = before ? BASELINE_SWATCH : FOLLOW_UP_SWATCH;
    return (
      <>
        {value !== null && (
          <rect
            x={left}
            y={y}
            width={x(value) - left}
            height={BAR}
            fill={fillOf(swatch, prefix)}
            stroke={swatch.stroke}
            strokeWidth={1.5}
          />
        )}
        <text
          x={(value === null ? left : x(value)) + 6}
          y={y + BAR / 2}
          dominantBaseline="central"
          fontSize={13}
          fill={value === null ? INK_MUTED : INK}
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {text}
        </text>
      </>
    );
  };
  return (
    <svg
      className="chart-svg"
      role="img"
      aria-label={label}
      width={WIDTH}
      height={height}
      viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
      fontFamily={FONT}
    >
      <title>{label}</title>
      <SvgPatterns prefix={prefix} />
      {[1, 2, 3, 4, 5].map((level) => (
        <g key={level}>
          <line x1={x(level)} x2={x(level)} y1={TOP - 4} y2={height} stroke={LINE_LIGHT} />
          <text x={x(level)} y={12} fontSize={12} textAnchor="middle" fill={INK_MUTED}>
            {level}
          </text>
        </g>
      ))}
      <line x1={left} x2={left} y1={TOP - 4} y2={height} stroke={INK_MUTED} />
      {/* Under the bars and their labels, so a label crossing it stays readable. */}
      {target !== null && (
        <g>
          <line
            x1={x(target)}
            x2={x(target)}
            y1={TOP - 6}
            y2={height}
            stroke={INK}
            strokeWidth={2}
            strokeDasharray="6 3"
          />
          <text x={x(target) + 4} y={TOP - 12} fontSize={12} fontWeight={600} fill={INK}>
            {targetText}
          </text>
        </g>
      )}
      {rows.map((row, i) => {
        const y = TOP + i * (rowHeight + ROW_GAP);
        return (
          <g key={row.key}>
            <text
              x={0}
              y={y + rowHeight / 2}
              dominantBaseline="central"
              fontSize={13}
              fontWeight={row.key === 'overall' ? 600 : 400}
              fill={INK}
            >
              {fitText(row.label, LABEL, 13)}
            </text>
            {bar(y, row.before, row.beforeText, true)}
            {bar(y + BAR + GAP, row.after, row.afterText, false)}
          </g>
        );
      })}
    </svg>
  );
}
