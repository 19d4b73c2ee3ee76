import type { SqlValue } from '../../db/sql';
import type { EntityKind } from '../../../../shared/model/enums';
import type { Row } from '../../repositories/row-change';
import { idKey } from './table-rules';

export type Choice = 'mine' | 'theirs';

export interface MergeConflict {
  /** Stable for the same two files: `<table>/<row id>/<field or ->`; resolutions name it. */
  id: string;
  table: string;
  rowId: string;
  entityKind: EntityKind | 'plan';
  entityTitle: string;
  /** The model's field name (camelCase); null when the conflict is about whole rows. */
  field: string | null;
  /**
   * The field's value; for a deleted-vs-edited row the row's values (null: deleted here); for
   * two evaluations of one year (`same-year`, rowId theirs) each side's evaluation.
   */
  mine: unknown;
  theirs: unknown;
  kind: 'field' | 'delete-edit' | 'same-year';
}

export interface MergeOutcome {
  conflicts: MergeConflict[];
  /** Changes taken from theirs without asking: fields, and rows they added or deleted. */
  takenFromTheirs: number;
  /** The merged plan's rows by table and key. */
  rows: Map<string, Map<string, Row>>;
  /** Conflict ids the merge used a default for (no resolution given). */
  defaulted: string[];
}

/** The merged plan as the phases build it, with the questions asked on the way. */
export class OutcomeBuilder {
  private readonly conflicts: MergeConflict[] = [];
  private readonly defaulted: string[] = [];
  private readonly rows = new Map<string, Map<string, Row>>();
  /**
   * Changes taken from theirs without asking; a phase that turns one into a question takes it
   * back.
   */
  takenFromTheirs = 0;

  constructor(private readonly resolve: (conflictId: string) => Choice | undefined) {}

  /** The merged rows of a table, by key. */
  table(table: string): Map<string, Row> {
    let m = this.rows.get(table);
    if (!m) {
      m = new Map<string, Row>();
      this.rows.set(table, m);
    }
    return m;
  }

  /** Whether the entity with `id` is in the merged plan (so far). */
  survives(table: string, id: SqlValue | undefined): boolean {
    return id !== null && id !== undefined && this.table(table).has(idKey(id));
  }

  /** Records a conflict and answers the choice made for it: mine when none was given. */
  ask(conflict: MergeConflict): Choice {
    this.conflicts.push(conflict);
    const c = this.resolve(conflict.id);
    if (c) return c;
    this.defaulted.push(conflict.id);
    return 'mine';
  }

  build(): MergeOutcome {
    return {
      conflicts: this.conflicts,
      takenFromTheirs: this.takenFromTheirs,
      rows: this.rows,
      defaulted: this.defaulted,
    };
  }
}
