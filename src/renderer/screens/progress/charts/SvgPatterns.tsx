import { ACCENT, INK_MUTED } from './chart-style';

/**
 * The patterns of `chart-style`, defined once per chart under its own prefix: a chart whose
 * table is shown instead is not rendered, and a reference into a missing <svg> draws nothing.
 */
export function SvgPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff" />
        <circle cx="3" cy="3" r="1.1" fill={INK_MUTED} />
      </pattern>
      <pattern
        id={`${prefix}-hatch-blue`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#d5e4f5" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={ACCENT} strokeWidth="2.5" />
      </pattern>
      <pattern
        id={`${prefix}-hatch-grey`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" strokeWidth="1.5" />
      </pattern>
      <pattern id={`${prefix}-cross-red`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="#f6e8e8" />
        <path d="M0 0L8 8M8 0L0 8" stroke="#a33a3a" strokeWidth="1" />
      </pattern>
    </defs>
  );
}
