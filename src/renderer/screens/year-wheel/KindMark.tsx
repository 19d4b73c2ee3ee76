import type { MouseEventHandler, ReactNode } from 'react';
import type { YearWheelKind } from '../../../shared/model/enums';
import { markCorners, YEAR_WHEEL_KIND_SHAPES } from '../../../shared/year-wheel';
import { KIND_COLOURS } from './labels';

/**
 * An item's mark in its kind's shape and colour, the same shapes as in the printed årshjul, so
 * the kinds can be told apart by anyone who cannot tell the colours apart.
 */
export function KindMark({
  kind,
  x,
  y,
  r,
  className,
  itemId,
  onClick,
  children,
}: {
  kind: YearWheelKind;
  x: number;
  y: number;
  r: number;
  className?: string;
  itemId?: string;
  onClick?: MouseEventHandler<SVGElement>;
  children?: ReactNode;
}) {
  const shape = YEAR_WHEEL_KIND_SHAPES[kind];
  const corners = markCorners(shape, x, y, r);
  const common = { className, 'data-item-id': itemId, 'data-shape': shape, onClick };
  if (corners) {
    const points = corners.map((p) => `${p.x.toFixed(2)},${p.y.toFixed(2)}`).join(' ');
    return (
      <polygon points={points} fill={KIND_COLOURS[kind]} {...common}>
        {children}
      </polygon>
    );
  }
  // The ring is the one hollow mark: white inside, its kind's colour round the edge (as a style,
  // so it wins over the marks' white outline; a selected ring takes the selection's outline).
  const ring = shape === 'ring';
  const selected = className?.includes('selected') ?? false;
  return (
    <circle
      cx={x}
      cy={y}
      r={ring ? r * 0.8 : r}
      fill={ring ? '#ffffff' : KIND_COLOURS[kind]}
      {...(ring && !selected
        ? { style: { stroke: KIND_COLOURS[kind], strokeWidth: r * 0.35 } }
        : {})}
      {...common}
    >
      {children}
    </circle>
  );
}

/** A kind's mark as a small picture beside its name in a list; the name says it in words. */
export function KindIcon({ kind }: { kind: YearWheelKind }) {
  return (
    <svg className="wheel-item-mark" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <KindMark kind={kind} x={8} y={8} r={5} />
    </svg>
  );
}
