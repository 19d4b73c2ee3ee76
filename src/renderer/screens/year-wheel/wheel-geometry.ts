/** Geometry of the drawn årshjul: twelve sectors clockwise from January at the top. */
export const WHEEL_SIZE = 360;
const CENTRE = WHEEL_SIZE / 2;
export const OUTER_RADIUS = 172;
/** The band where the month names are written. */
export const LABEL_RADIUS = 152;
export const INNER_RADIUS = 58;
const MARK_RADII = [122, 100, 78];
const DEGREES_PER_MONTH = 30;

export interface Point {
  x: number;
  y: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The point at `radius` and `degrees` clockwise from twelve o'clock. */
export function polar(radius: number, degrees: number): Point {
  const radians = ((degrees - 90) * Math.PI) / 180;
  return {
    x: round(CENTRE + radius * Math.cos(radians)),
    y: round(CENTRE + radius * Math.sin(radians)),
  };
}

/** The middle of a month's sector, in degrees clockwise from twelve o'clock. */
export const monthAngle = (month: number): number => (month - 0.5) * DEGREES_PER_MONTH;

/** The ring segment of one month, as an SVG path. */
export function sectorPath(month: number, inner = INNER_RADIUS, outer = OUTER_RADIUS): string {
  const from = (month - 1) * DEGREES_PER_MONTH;
  const to = month * DEGREES_PER_MONTH;
  const a = polar(outer, from);
  const b = polar(outer, to);
  const c = polar(inner, to);
  const d = polar(inner, from);
  return [
    `M ${String(a.x)} ${String(a.y)}`,
    `A ${String(outer)} ${String(outer)} 0 0 1 ${String(b.x)} ${String(b.y)}`,
    `L ${String(c.x)} ${String(c.y)}`,
    `A ${String(inner)} ${String(inner)} 0 0 0 ${String(d.x)} ${String(d.y)}`,
    'Z',
  ].join(' ');
}

/**
 * Where the `index`-th item of a month is drawn: rows from the rim inwards, up to three side by
 * side in a row, so a busy month stays readable. Beyond nine items the innermost row is reused.
 */
export function markPosition(month: number, index: number): Point {
  const row = Math.min(Math.floor(index / 3), MARK_RADII.length - 1);
  const column = index % 3;
  const radius = MARK_RADII[row] ?? 78;
  // Spread the columns evenly within the sector, narrower nearer the centre.
  const spread = (DEGREES_PER_MONTH * 0.55 * 122) / radius / 2;
  const offset = column === 0 ? 0 : column === 1 ? -spread : spread;
  return polar(radius, monthAngle(month) + offset);
}
