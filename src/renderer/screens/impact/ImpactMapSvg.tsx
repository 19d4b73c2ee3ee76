import type { KeyboardEvent, MouseEvent, Ref } from 'react';
import type { ImpactChain, ImpactLayout, PlacedEdge } from '../../../shared/impact';
import { ACCENT, FONT, INK, LINE } from '../progress/charts/chart-style';
import { wrapText } from '../progress/charts/text-fit';
import { ImpactNodeShape, type NodeState } from './ImpactNodeShape';

const NO_OBJECTIVES: readonly (readonly string[])[] = [];

const edgePath = (e: PlacedEdge) => {
  const mx = (e.x1 + e.x2) / 2;
  return `M ${String(e.x1)} ${String(e.y1)} C ${String(mx)} ${String(e.y1)}, ${String(mx)} ${String(e.y2)}, ${String(e.x2)} ${String(e.y2)}`;
};

/**
 * The impact map as drawn from `layoutImpactMap`: column headings, the links as curves, and the
 * nodes as buttons. Keys and clicks are handled once on the whole map (see ImpactMapScreen).
 */
export function ImpactMapSvg({
  ref,
  layout,
  label,
  hintId,
  headings,
  chain,
  gapIds,
  objectives,
  nameOf,
  labelOf,
  activeId,
  focused,
  onKeyDown,
  onClick,
  onFocusNode,
  onBlurMap,
}: {
  ref: Ref<SVGSVGElement>;
  layout: ImpactLayout;
  label: string;
  hintId: string;
  headings: Record<ImpactLayout['columns'][number]['kind'], string>;
  chain: ImpactChain | null;
  gapIds: ReadonlySet<string>;
  /** Each competence's learning objectives as the lines its box draws. */
  objectives: ReadonlyMap<string, readonly (readonly string[])[]>;
  nameOf: (id: string) => string;
  labelOf: (id: string) => string;
  activeId: string | null;
  focused: boolean;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
  onClick: (event: MouseEvent<SVGSVGElement>) => void;
  onFocusNode: (id: string) => void;
  onBlurMap: () => void;
}) {
  const inChain = new Set(chain?.nodeIds ?? []);
  const chainEdges = new Set(chain?.edgeIds ?? []);
  const stateOf = (id: string): NodeState =>
    !chain ? 'plain' : id === chain.nodeId ? 'selected' : inChain.has(id) ? 'chain' : 'faded';

  return (
    <svg
      ref={ref}
      className="impact-map"
      role="group"
      aria-label={label}
      aria-describedby={hintId}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
      fontFamily={FONT}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(e) => {
        const id = (e.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id');
        if (id) onFocusNode(id);
      }}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node) || !e.currentTarget.contains(e.relatedTarget)) {
          onBlurMap();
        }
      }}
    >
      <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />
      {layout.columns.map((c) => (
        <text key={c.kind} fontSize={14} fontWeight={600} fill={INK}>
          {wrapText(headings[c.kind], c.width, 14, 2).map((line, i) => (
            <tspan key={i} x={c.x} y={24 + i * 18}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      <g fill="none">
        {layout.edges.map((e) => {
          const lit = chainEdges.has(e.id);
          // A target group's direct link to an activity crosses the competence column; drawn
          // always, those lines bury the map, so they show only as part of a selected chain.
          if (e.kind === 'targetGroup-activity' && !lit) return null;
          return (
            <path
              key={e.id}
              d={edgePath(e)}
              stroke={lit ? ACCENT : LINE}
              strokeWidth={lit ? 2.5 : 1.25}
              strokeDasharray={e.kind === 'targetGroup-activity' ? '4 3' : undefined}
              opacity={chain && !lit ? 0.3 : 1}
            />
          );
        })}
      </g>
      {layout.nodes.map((n) => (
        <ImpactNodeShape
          key={n.id}
          node={n}
          name={nameOf(n.id)}
          label={labelOf(n.id)}
          state={stateOf(n.id)}
          gap={gapIds.has(n.id)}
          objectives={objectives.get(n.id) ?? NO_OBJECTIVES}
          tabbable={n.id === activeId}
          focused={focused && n.id === activeId}
        />
      ))}
    </svg>
  );
}
