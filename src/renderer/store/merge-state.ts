import type { CallArgs, MergePreview } from '../../shared/api';
import type { AppError } from '../../shared/errors';

/** The merge dialog's state: what the core found, what the user has chosen, what is wrong. */
export type MergeChoice = CallArgs<'completeMerge'>['resolutions'][string];

export type MergeProblem =
  | { kind: 'error'; error: AppError }
  | { kind: 'outdated' }
  | { kind: 'unresolved'; ids: string[] }
  | { kind: 'date-order'; ids: string[] };

export interface MergeState {
  theirsPath: string;
  preview: MergePreview;
  /** The user's choice per conflict id; a conflict without one is not decided yet. */
  choices: Record<string, MergeChoice>;
  suggestedOutPath: string;
  problem: MergeProblem | null;
}
