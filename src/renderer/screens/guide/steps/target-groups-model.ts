import type { WindowDocument } from '../../../../shared/model/document';
import type { TargetGroup } from '../../../../shared/model/entities';
import type { Language } from '../../../../shared/model/enums';
import { parseLocaleNumber } from '../../../components/fields/parse-number';
import { useAppStore } from '../../../store';
import type { GuideRecord } from '../guide-record';
import { createdRows } from '../guide-progress';
import { createTracked, deleteTracked, runInOrder } from '../guide-writes';

/** The guide takes a handful of groups; a first draft needs no more. */
export const MAX_GROUPS = 5;

/** One group as typed; `rowId` once the plan has it. */
export interface GroupRow {
  key: string;
  rowId: string | null;
  name: string;
  headcount: string;
}

export type GroupProblems = Record<
  string,
  { name?: 'nameRequired'; headcount?: 'headcountInvalid' }
>;

export function initialRows(doc: WindowDocument, record: GuideRecord): GroupRow[] {
  return createdRows(doc.targetGroups, record.created.targetGroup).map((group) => ({
    key: group.id,
    rowId: group.id,
    name: group.name,
    headcount: group.headcount === null ? '' : String(group.headcount),
  }));
}

/** Groups the guide did not make: shown, never changed. */
export function otherGroups(doc: WindowDocument, record: GuideRecord): TargetGroup[] {
  const made = new Set(record.created.targetGroup);
  return doc.targetGroups.filter((group) => !made.has(group.id));
}

/** A headcount is optional; when given it is a whole number of people. */
export function parseHeadcount(text: string, language: Language): number | null | 'invalid' {
  const value = parseLocaleNumber(text, language);
  if (value === null) return null;
  return Number.isInteger(value) && value >= 0 && value <= 10_000_000 ? value : 'invalid';
}

export function groupProblems(rows: readonly GroupRow[], language: Language): GroupProblems {
  const problems: GroupProblems = {};
  for (const row of rows) {
    const found: GroupProblems[string] = {};
    if (row.name.trim() === '') found.name = 'nameRequired';
    if (parseHeadcount(row.headcount, language) === 'invalid') found.headcount = 'headcountInvalid';
    if (found.name || found.headcount) problems[row.key] = found;
  }
  return problems;
}

/**
 * Makes the plan's guide-made groups match the rows: removed rows are deleted, changed ones saved,
 * new ones created. `onCreated` ties a new row to its plan row at once, so a retry after a
 * refusal further on does not create it twice.
 */
export function saveTargetGroups(
  planId: string,
  doc: WindowDocument,
  record: GuideRecord,
  rows: readonly GroupRow[],
  language: Language,
  onCreated: (key: string, id: string) => void,
): Promise<boolean> {
  const kept = new Set(rows.map((row) => row.rowId));
  const edits: (() => Promise<boolean>)[] = [];
  for (const group of createdRows(doc.targetGroups, record.created.targetGroup)) {
    if (!kept.has(group.id))
      edits.push(() => deleteTracked(planId, 'targetGroup', group.id, group.name));
  }
  for (const row of rows) {
    const name = row.name.trim();
    const parsed = parseHeadcount(row.headcount, language);
    const headcount = parsed === 'invalid' ? null : parsed;
    const current = row.rowId ? doc.targetGroups.find((g) => g.id === row.rowId) : undefined;
    if (current) {
      const patch = {
        ...(current.name === name ? {} : { name }),
        ...(current.headcount === headcount ? {} : { headcount }),
      };
      if (Object.keys(patch).length === 0) continue;
      edits.push(() =>
        useAppStore.getState().updateEntity({ entity: 'targetGroup', id: current.id, patch }),
      );
    } else {
      edits.push(async () => {
        const id = await createTracked(planId, {
          entity: 'targetGroup',
          values: { name, headcount },
        });
        if (id !== null) onCreated(row.key, id);
        return id !== null;
      });
    }
  }
  return runInOrder(edits);
}
