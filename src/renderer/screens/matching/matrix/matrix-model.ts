import {
  catalogEntries,
  isMethodKey,
  type MethodKey,
  type Strength,
} from '../../../../shared/catalog';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Language } from '../../../../shared/model/enums';
import { recommend } from '../../../../shared/recommend';

export interface MatrixColumn {
  /** `method:<id>` for the plan's methods, `catalog:<key>` for catalogue methods not in the plan. */
  key: string;
  methodId: string | null;
  methodKey: MethodKey | null;
  title: string;
}

export interface MatrixRow {
  competenceId: string;
  title: string;
  methodIds: readonly string[];
}

export interface MatrixCell {
  /** The suggestion's strength, or null where Omstil suggests nothing for the pairing. */
  strength: Strength | null;
  used: boolean;
}

export interface Matrix {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cell: (row: MatrixRow, column: MatrixColumn) => MatrixCell;
}

/**
 * The plan's competences against its methods, in the committee's own order, and optionally the
 * catalogue's remaining methods after them. Strengths come from the recommendation engine rather
 * than the raw catalogue, so a custom competence shows the methods that help any effort.
 */
export function buildMatrix(
  doc: WindowDocument,
  withCatalogue: boolean,
  language: Language,
): Matrix {
  const strengths = new Map<string, Map<MethodKey, Strength>>();
  for (const rec of recommend(doc).competences) {
    strengths.set(rec.competenceId, new Map(rec.methods.map((m) => [m.methodKey, m.strength])));
  }
  const columns: MatrixColumn[] = doc.methods.map((method) => ({
    key: `method:${method.id}`,
    methodId: method.id,
    methodKey: isMethodKey(method.catalogKey) ? method.catalogKey : null,
    title: method.title,
  }));
  if (withCatalogue) {
    const inPlan = new Set(doc.methods.map((method) => method.catalogKey));
    for (const entry of catalogEntries('method')) {
      if (inPlan.has(entry.key)) continue;
      columns.push({
        key: `catalog:${entry.key}`,
        methodId: null,
        methodKey: entry.key,
        title: entry.title[language],
      });
    }
  }
  const rows: MatrixRow[] = doc.competences.map((competence) => ({
    competenceId: competence.id,
    title: competence.title,
    methodIds: competence.methodIds,
  }));
  return {
    rows,
    columns,
    cell: (row, column) => ({
      strength:
        column.methodKey === null
          ? null
          : (strengths.get(row.competenceId)?.get(column.methodKey) ?? null),
      used: column.methodId !== null && row.methodIds.includes(column.methodId),
    }),
  };
}
