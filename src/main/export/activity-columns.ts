import type { Activity } from '../../shared/model/entities';
import type { ExportTexts } from './i18n';
import type { PlanLookup } from './lookup';

/**
 * What a table cell holds, so that each format can write it its own way: the spreadsheet as a
 * typed cell, the CSV as text Danish Excel reads back as the same type.
 */
export type CellKind = 'text' | 'longText' | 'date' | 'money' | 'percent' | 'integer' | 'decimal';

export type CellValue = string | number | null;

export interface Column<T> {
  header: string;
  kind: CellKind;
  /** For a column whose rows differ in kind, such as the plan sheet's values. */
  rowKind?: (row: T) => CellKind;
  value: (row: T) => CellValue;
  /** Names the columns a total is built from, so the workbook can find them by meaning. */
  role?: 'status' | 'budget' | 'spent';
}

/** The activities as rows: the CSV's columns and the spreadsheet's Indsatser sheet. */
export function activityColumns(t: ExportTexts, lookup: PlanLookup): Column<Activity>[] {
  const a = t.activities;
  const join = (items: string[]) => items.join('; ');
  return [
    { header: a.title, kind: 'text', value: (x) => x.title },
    { header: a.description, kind: 'longText', value: (x) => x.description },
    { header: a.owner, kind: 'text', value: (x) => lookup.member(x.ownerId)?.name ?? null },
    { header: a.start, kind: 'date', value: (x) => x.start },
    { header: a.end, kind: 'date', value: (x) => x.end },
    { header: a.status, kind: 'text', value: (x) => t.activityStatus[x.status], role: 'status' },
    { header: a.progress, kind: 'percent', value: (x) => x.progress },
    { header: a.budget, kind: 'money', value: (x) => x.budget, role: 'budget' },
    { header: a.spent, kind: 'money', value: (x) => x.spent, role: 'spent' },
    { header: a.funding, kind: 'text', value: (x) => x.funding },
    { header: a.participantsPlanned, kind: 'integer', value: (x) => x.participantsPlanned },
    { header: a.participantsReached, kind: 'integer', value: (x) => x.participantsReached },
    {
      header: a.competences,
      kind: 'text',
      value: (x) => join(lookup.competenceTitles(x.competenceIds)),
    },
    { header: a.methods, kind: 'text', value: (x) => join(lookup.methodTitles(x.methodIds)) },
    {
      header: a.targetGroups,
      kind: 'text',
      value: (x) => join(lookup.targetGroupNames(x.targetGroupIds)),
    },
  ];
}
