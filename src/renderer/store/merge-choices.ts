import type { MergeConflict } from '../../shared/api';
import { DATE_ORDER_PAIRS, endsBeforeStart } from '../../shared/merge/date-order';
import type { MergeChoice, MergeProblem, MergeState } from './merge-state';

const chosenValue = (conflict: MergeConflict, choice: MergeChoice | undefined): unknown =>
  choice === 'mine' ? conflict.mine : choice === 'theirs' ? conflict.theirs : undefined;

/**
 * The date conflicts whose choices put a row's end before its start, by the same rule the core
 * refuses such a merge with: the dialog says so before asking the core, pointing at both dates.
 */
export function outOfOrderChoices(
  conflicts: readonly MergeConflict[],
  choices: Readonly<Record<string, MergeChoice>>,
): string[] {
  const pairs = new Map<string, MergeConflict[]>();
  for (const c of conflicts) {
    if (c.field === null || !DATE_ORDER_PAIRS[c.entityKind]?.includes(c.field)) continue;
    const key = `${c.entityKind}/${c.rowId}`;
    pairs.set(key, [...(pairs.get(key) ?? []), c]);
  }
  return [...pairs.values()]
    .filter((pair) => {
      const [startField] = DATE_ORDER_PAIRS[pair[0]!.entityKind]!;
      const start = pair.find((c) => c.field === startField);
      const end = pair.find((c) => c.field !== startField);
      return (
        start !== undefined &&
        end !== undefined &&
        endsBeforeStart(chosenValue(start, choices[start.id]), chosenValue(end, choices[end.id]))
      );
    })
    .flatMap((pair) => pair.map((c) => c.id));
}

/** A problem about the choices goes away as soon as the choices no longer have it. */
export function problemAfterChoice(
  merge: MergeState,
  choices: Readonly<Record<string, MergeChoice>>,
): MergeProblem | null {
  const { problem, preview } = merge;
  if (problem?.kind === 'unresolved') {
    const ids = preview.conflicts.filter((c) => !choices[c.id]).map((c) => c.id);
    return ids.length > 0 ? { kind: 'unresolved', ids } : null;
  }
  if (problem?.kind === 'date-order') {
    const ids = outOfOrderChoices(preview.conflicts, choices);
    return ids.length > 0 ? { kind: 'date-order', ids } : null;
  }
  return problem;
}
