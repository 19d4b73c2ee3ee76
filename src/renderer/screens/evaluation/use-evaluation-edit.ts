import type { Evaluation } from '../../../shared/model/entities';
import { fieldKey, useAppStore } from '../../store';

type EvaluationPatch = Partial<Omit<Evaluation, 'id' | 'updatedAt'>>;

/** Saving one evaluation's fields, and where each field's refusal is shown. */
export function useEvaluationEdit(evaluation: Evaluation) {
  const updateEntity = useAppStore((s) => s.updateEntity);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  return {
    update: (patch: EvaluationPatch) =>
      updateEntity({ entity: 'evaluation', id: evaluation.id, patch }),
    key: (field: keyof EvaluationPatch) => fieldKey('evaluation', evaluation.id, field),
    /** A completed evaluation is read, not edited, until the committee reopens it. */
    locked: readOnly || evaluation.completedAt !== null,
  };
}
