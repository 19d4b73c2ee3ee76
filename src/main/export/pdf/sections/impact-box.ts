import type { ImpactNode } from '../../../../shared/impact';
import type { SectionContext } from '../context';
import { wrapText } from '../wrap';
import { measurer } from './box-text';

/** The map's type and spacing in points at full size. */
export const BOX = {
  pad: 4,
  label: { size: 7.5, line: 9, lines: 2 },
  objective: { size: 6.5, line: 8.5 },
  /** Room the gap marker takes at the right of a label. */
  marker: 8,
} as const;

const BULLET = '• ';

export interface BoxText {
  label: string[];
  /** Each learning objective as its lines; the first starts with a bullet. */
  objectives: string[][];
  /** How far the lines after an objective's first stand in, under its text. */
  indent: number;
  height: number;
}

/**
 * A box's text broken into lines of its width, the whole of it: a learning objective is the
 * committee's own words and is printed in full, so the box grows to hold it. A box is never
 * lower than two lines of label, so short boxes line up.
 */
export function boxText(
  ctx: SectionContext,
  node: ImpactNode,
  width: number,
  gap: boolean,
): BoxText {
  const bold = node.kind === 'competence';
  const measureLabel = measurer(ctx, bold);
  const measureObjective = measurer(ctx, false);
  const labelText =
    node.status === 'cancelled' ? `${node.label} (${ctx.t.impactMap.cancelled})` : node.label;
  const inner = width - 2 * BOX.pad;
  const label = wrapText(
    labelText.replace(/\s+/g, ' ').trim(),
    inner - (gap ? BOX.marker : 0),
    (t) => measureLabel(t, BOX.label.size),
  );
  const indent = measureObjective(BULLET, BOX.objective.size);
  const objectives = node.learningObjectives.map((objective) => {
    const lines = wrapText(objective.replace(/\s+/g, ' ').trim(), inner - indent, (t) =>
      measureObjective(t, BOX.objective.size),
    );
    return lines.map((line, i) => (i === 0 ? `${BULLET}${line}` : line));
  });
  const objectiveLines = objectives.reduce((n, lines) => n + lines.length, 0);
  const height =
    2 * BOX.pad +
    Math.max(label.length, BOX.label.lines) * BOX.label.line +
    1 +
    objectiveLines * BOX.objective.line;
  return { label, objectives, indent, height };
}
