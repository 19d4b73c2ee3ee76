import type { PlanDocument } from '../../../shared/model/document';
import type { Counts } from '../messages';

export function countsOf(doc: PlanDocument): Counts {
  return {
    competences: doc.competences.length,
    methods: doc.methods.length,
    activities: doc.activities.length,
    measurements: doc.measurements.length,
  };
}
