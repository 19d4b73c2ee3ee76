import { wrapAll } from '../progress/charts/text-fit';
import { NODE_PADDING, OBJECTIVE_SIZE } from './layout-options';

export const BULLET = '• ';
/** How far an objective's later lines stand in, under its text rather than its bullet. */
export const OBJECTIVE_INDENT = Math.ceil(BULLET.length * OBJECTIVE_SIZE * 0.56);

/**
 * Each learning objective as the lines of a box `width` wide, the whole of it, as the PDF prints
 * it: the objectives are the committee's own words, and a cut one no longer says what it says.
 * The first line of each carries the bullet.
 */
export function objectiveLines(objectives: readonly string[], width: number): string[][] {
  const room = width - 2 * NODE_PADDING - OBJECTIVE_INDENT;
  return objectives.map((objective) =>
    wrapAll(objective, room, OBJECTIVE_SIZE).map((line, i) =>
      i === 0 ? `${BULLET}${line}` : line,
    ),
  );
}
