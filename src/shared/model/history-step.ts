import { z } from 'zod';
import { ENTITY_KINDS, LINK_KINDS } from './enums';

export const HISTORY_ACTIONS = [
  'create',
  'update',
  'delete',
  'link',
  'unlink',
  'reorder',
  /** A workshop's ranking written into the plan's priorities (`entity` is the workshop). */
  'apply-ranking',
  /** A team's plan filed into the plan (`entity` is the team's target group). */
  'file-team-plan',
  /** Activities imported from a workbook (`entity` is `activity`, `value` how many). */
  'import-excel',
  /** A survey's group-level figures imported as measurements (`entity` is `measurement`). */
  'import-survey',
  'other',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/**
 * What one undo or redo step did, as data rather than words: the renderer words it in the
 * reader's language ("status for indsatsen »Kursus« sat til »I gang«"), and puts focus back on
 * the field or row it touched. `other` is a step this version cannot read.
 */
export const HistoryStepSchema = z.strictObject({
  action: z.enum(HISTORY_ACTIONS),
  /** The kind of row the step is about; null when the step cannot tell. */
  entity: z.enum([...ENTITY_KINDS, 'plan']).nullable(),
  /** The row's id ('' for the plan's own row). */
  id: z.string().nullable(),
  /** The row's title or name as the step left it (or found it, for a deletion). */
  title: z.string().nullable(),
  /** The row's date, for the rows a date names (a status marking, a measurement). */
  date: z.string().nullable(),
  /** The one field an update changed; null when it changed several or none. */
  field: z.string().nullable(),
  /** The field's new value, when it is short enough to say; absent when it is not said. */
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  /** A link's kind and the row at its other end. */
  link: z.strictObject({ kind: z.enum(LINK_KINDS), toId: z.string() }).nullable(),
});
export type HistoryStep = z.infer<typeof HistoryStepSchema>;
