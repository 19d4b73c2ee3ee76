import type { WindowDocument } from '../../../shared/model/document';
import { readGuide, writeGuide, type TrackedKind } from './guide-record';

function labelledRows(doc: WindowDocument, kind: TrackedKind): { id: string; label: string }[] {
  switch (kind) {
    case 'targetGroup':
      return doc.targetGroups.map((g) => ({ id: g.id, label: g.name }));
    case 'driver':
      return doc.drivers.map((d) => ({ id: d.id, label: d.title }));
    case 'competence':
      return doc.competences.map((c) => ({ id: c.id, label: c.title }));
    case 'method':
      return doc.methods.map((m) => ({ id: m.id, label: m.title }));
  }
}

/**
 * Settles rows that were asked for when the program last closed: one the plan has under that
 * title, and that the guide does not count yet, is the guide's (the newest such, since new rows
 * go last); one the plan lacks was never saved. Runs before a step reads what the guide made.
 */
export function adoptPending(planId: string, doc: WindowDocument): void {
  const record = readGuide(planId);
  if (!record || record.pending.length === 0) return;
  const created = {
    driver: [...record.created.driver],
    targetGroup: [...record.created.targetGroup],
    competence: [...record.created.competence],
    method: [...record.created.method],
  };
  for (const { kind, label } of record.pending) {
    const taken = new Set(created[kind]);
    const match = labelledRows(doc, kind)
      .reverse()
      .find((row) => !taken.has(row.id) && row.label === label);
    if (match) created[kind].push(match.id);
  }
  writeGuide(planId, { ...record, created, pending: [] });
}
