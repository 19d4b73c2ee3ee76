import type { PlanState } from '../plan-state';
import { dropDanglingReferences } from './dangling';
import { mergeEntities } from './entities';
import { mergeLinks } from './links';
import { OutcomeBuilder, type Choice, type MergeOutcome } from './outcome';
import { keepOneEvaluationPerYear } from './same-year';
import { Sides } from './sides';

/**
 * The three-way merge of two copies of one plan. The common ancestor is not stored anywhere;
 * what is known of it comes from the change log entries both copies hold (their history up to
 * parting), and what each copy did since comes from the entries only it holds.
 *
 * Entities (the plan row and the seven kinds) are merged field by field: a field changed on one
 * side only is taken from that side; changed on both to different values, it is a conflict. A
 * row deleted on one side and edited on the other (its fields, its link lists, or — for a
 * competence — its measurements) is a conflict too; otherwise the deletion wins. The order of
 * rows (`position`) changed on both sides follows mine: order is not content worth a question.
 *
 * Links and references then follow the entities: a link exists if both ends survive and neither
 * side removed it on purpose (a link that went with a deleted end comes back if that end is kept);
 * references to an entity that did not survive are cleared or, for measurements of a competence,
 * removed with it — as deleting it in the program would have done.
 *
 * Each phase is a function of its own, in this order: later phases decide on what the earlier
 * ones kept.
 */
export function mergeStates(
  mine: PlanState,
  theirs: PlanState,
  resolve: (conflictId: string) => Choice | undefined,
): MergeOutcome {
  const sides = new Sides(mine, theirs);
  const outcome = new OutcomeBuilder(resolve);
  mergeEntities(sides, outcome);
  keepOneEvaluationPerYear(sides, outcome);
  dropDanglingReferences(outcome);
  mergeLinks(sides, outcome);
  return outcome.build();
}
