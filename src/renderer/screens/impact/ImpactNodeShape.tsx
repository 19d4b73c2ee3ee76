import { memo } from 'react';
import type { PlacedNode } from '../../../shared/impact';
import { ACCENT, FONT, INK, INK_MUTED, LINE } from '../progress/charts/chart-style';
import { wrapText } from '../progress/charts/text-fit';
import {
  LABEL_LINE,
  LABEL_SIZE,
  NODE_PADDING,
  OBJECTIVE_SIZE,
  SCREEN_LAYOUT,
} from './layout-options';
import { OBJECTIVE_INDENT } from './objective-lines';

const GAP_STROKE = '#a33a3a';
const FILL: Record<PlacedNode['kind'], string> = {
  driver: '#f3f3f3',
  targetGroup: '#ffffff',
  competence: '#eef3fa',
  activity: '#ffffff',
};

export type NodeState = 'plain' | 'selected' | 'chain' | 'faded';

/**
 * One box on the map. Which chain it is on shows as a thicker frame and by fading the rest, a gap
 * as a dashed red frame with a warning sign; the node's accessible name says both in words.
 */
export const ImpactNodeShape = memo(function ImpactNodeShape({
  node,
  name,
  label,
  state,
  gap,
  objectives,
  tabbable,
  focused,
}: {
  node: PlacedNode;
  /** The accessible name: kind, title, objectives, gap. */
  name: string;
  /** The text drawn in the box (a cancelled activity says so). */
  label: string;
  state: NodeState;
  gap: boolean;
  /** The learning objectives, each as its lines (see `objectiveLines`). */
  objectives: readonly (readonly string[])[];
  tabbable: boolean;
  focused: boolean;
}) {
  const inner = node.width - 2 * NODE_PADDING - (gap ? 18 : 0);
  const lines = wrapText(label, inner, LABEL_SIZE, 2);
  const cancelled = node.status === 'cancelled';
  const stroke = gap ? GAP_STROKE : state === 'selected' ? INK : state === 'chain' ? ACCENT : LINE;
  const strokeWidth = state === 'selected' ? 3 : state === 'chain' || gap ? 2 : 1;
  const labelTop = node.y + NODE_PADDING + LABEL_SIZE;
  const objectivesTop = node.y + (SCREEN_LAYOUT.nodeHeight ?? 50) - 4;
  const lineHeight = SCREEN_LAYOUT.objectiveLineHeight ?? 18;
  const objectiveRows = objectives.flatMap((lines) =>
    lines.map((line, i) => ({ line, indent: i === 0 ? 0 : OBJECTIVE_INDENT })),
  );

  return (
    <g
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-pressed={state === 'selected'}
      data-node-id={node.id}
      opacity={state === 'faded' ? 0.4 : 1}
      className="impact-node"
    >
      <rect
        x={node.x}
        y={node.y}
        width={node.width}
        height={node.height}
        rx={4}
        fill={cancelled ? '#f6f6f6' : FILL[node.kind]}
        stroke={stroke}
        strokeWidth={strokeWidth}
        strokeDasharray={gap ? '5 3' : undefined}
      />
      <text
        fontFamily={FONT}
        fontSize={LABEL_SIZE}
        fill={cancelled ? INK_MUTED : INK}
        fontWeight={node.kind === 'competence' ? 600 : 400}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={node.x + NODE_PADDING} y={labelTop + i * LABEL_LINE}>
            {line}
          </tspan>
        ))}
      </text>
      {objectiveRows.length > 0 && (
        <text fontFamily={FONT} fontSize={OBJECTIVE_SIZE} fill={INK}>
          {objectiveRows.map((row, i) => (
            <tspan
              key={i}
              x={node.x + NODE_PADDING + row.indent}
              y={objectivesTop + i * lineHeight + OBJECTIVE_SIZE}
            >
              {row.line}
            </tspan>
          ))}
        </text>
      )}
      {gap && (
        <g>
          <path
            d={`M ${String(node.x + node.width - 20)} ${String(node.y + 22)} l 8 -15 l 8 15 z`}
            fill="#ffe9a8"
            stroke={GAP_STROKE}
            strokeWidth={1.5}
          />
          <text
            x={node.x + node.width - 12}
            y={node.y + 20}
            textAnchor="middle"
            fontFamily={FONT}
            fontSize={11}
            fontWeight={700}
            fill={INK}
          >
            !
          </text>
        </g>
      )}
      {focused && (
        <rect
          data-focus-ring=""
          x={node.x - 4}
          y={node.y - 4}
          width={node.width + 8}
          height={node.height + 8}
          rx={6}
          fill="none"
          stroke={INK}
          strokeWidth={2}
          strokeDasharray="3 2"
        />
      )}
    </g>
  );
});
