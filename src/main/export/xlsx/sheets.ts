import { levelScale } from '../../../shared/i18n/level-meanings';
import type { Language } from '../../../shared/model/enums';
import type { PlanDocument } from '../../../shared/model/document';
import type {
  Competence,
  Driver,
  Measurement,
  Member,
  Method,
  TargetGroup,
} from '../../../shared/model/entities';
import type { Column } from '../activity-columns';
import type { ExportTexts } from '../i18n';
import type { PlanLookup } from '../lookup';

/** Links are shown as the linked rows' titles, one list per cell. */
const join = (items: string[]) => items.join('; ');

export interface PlanField {
  field: string;
  value: string | null;
  kind: 'text' | 'longText' | 'date';
}

/** The plan itself as field and value rows, principles one per row. */
export function planFields(
  doc: PlanDocument,
  t: ExportTexts,
  now: Date,
  lang: Language,
): PlanField[] {
  const { plan } = doc;
  const text = (field: string, value: string): PlanField => ({ field, value, kind: 'text' });
  return [
    text(t.plan.title, plan.title),
    text(t.plan.organisation, plan.organisation),
    text(t.plan.unit, plan.unit),
    { field: t.plan.periodStart, value: plan.periodStart, kind: 'date' },
    { field: t.plan.periodEnd, value: plan.periodEnd, kind: 'date' },
    { field: t.plan.purpose, value: plan.purpose, kind: 'longText' },
    text(t.plan.status, t.planStatus[plan.status]),
    { field: t.plan.decisionDate, value: plan.decisionDate, kind: 'date' },
    text(t.plan.language, t.languages[plan.language]),
    { field: t.plan.exported, value: now.toISOString().slice(0, 10), kind: 'date' },
    ...plan.principles.map((p, i): PlanField => ({
      field: t.plan.principle(i + 1),
      value: p,
      kind: 'longText',
    })),
    // The scale the sheets' levels are on, in the plan's own words.
    ...levelScale(plan.levelMeanings, lang).map((meaning, i): PlanField =>
      text(t.plan.levelMeaning(i + 1), meaning),
    ),
  ];
}

export function planFieldColumns(t: ExportTexts): Column<PlanField>[] {
  return [
    { header: t.plan.field, kind: 'text', value: (r) => r.field },
    { header: t.plan.value, kind: 'longText', rowKind: (r) => r.kind, value: (r) => r.value },
  ];
}

export function memberColumns(t: ExportTexts): Column<Member>[] {
  return [
    { header: t.columns.name, kind: 'text', value: (m) => m.name },
    { header: t.columns.role, kind: 'text', value: (m) => t.memberRole[m.role] },
  ];
}

export function targetGroupColumns(t: ExportTexts): Column<TargetGroup>[] {
  return [
    { header: t.columns.name, kind: 'text', value: (g) => g.name },
    { header: t.columns.headcount, kind: 'integer', value: (g) => g.headcount },
    { header: t.columns.description, kind: 'longText', value: (g) => g.description },
  ];
}

export function driverColumns(t: ExportTexts): Column<Driver>[] {
  return [
    { header: t.columns.title, kind: 'text', value: (d) => d.title },
    { header: t.columns.priority, kind: 'integer', value: (d) => d.priority },
    {
      header: t.columns.fromCatalogue,
      kind: 'text',
      value: (d) => (d.catalogKey ? t.document.yes : t.document.no),
    },
    { header: t.columns.description, kind: 'longText', value: (d) => d.description },
  ];
}

export function competenceColumns(t: ExportTexts, lookup: PlanLookup): Column<Competence>[] {
  return [
    { header: t.columns.title, kind: 'text', value: (c) => c.title },
    { header: t.columns.priority, kind: 'integer', value: (c) => c.priority },
    { header: t.columns.currentLevel, kind: 'integer', value: (c) => c.currentLevel },
    { header: t.columns.targetLevel, kind: 'integer', value: (c) => c.targetLevel },
    {
      header: t.competences.targetGroups,
      kind: 'text',
      value: (c) => join(lookup.targetGroupNames(c.targetGroupIds)),
    },
    {
      header: t.competences.drivers,
      kind: 'text',
      value: (c) => join(lookup.driverTitles(c.driverIds)),
    },
    {
      header: t.activities.methods,
      kind: 'text',
      value: (c) => join(lookup.methodTitles(c.methodIds)),
    },
    {
      header: t.columns.learningObjectives,
      kind: 'longText',
      value: (c) => c.learningObjectives.map((o) => `• ${o}`).join('\n'),
    },
    { header: t.columns.description, kind: 'longText', value: (c) => c.description },
  ];
}

export function methodColumns(t: ExportTexts, doc: PlanDocument): Column<Method>[] {
  const usedBy = (m: Method) =>
    doc.competences.filter((c) => c.methodIds.includes(m.id)).map((c) => c.title);
  return [
    { header: t.columns.title, kind: 'text', value: (m) => m.title },
    { header: t.columns.usedFor, kind: 'text', value: (m) => join(usedBy(m)) },
    {
      header: t.columns.fromCatalogue,
      kind: 'text',
      value: (m) => (m.catalogKey ? t.document.yes : t.document.no),
    },
    { header: t.columns.description, kind: 'longText', value: (m) => m.description },
  ];
}

export function measurementColumns(t: ExportTexts, lookup: PlanLookup): Column<Measurement>[] {
  const m = t.measurements;
  return [
    {
      header: m.competence,
      kind: 'text',
      value: (x) => lookup.competence(x.competenceId)?.title ?? null,
    },
    {
      header: m.targetGroup,
      kind: 'text',
      value: (x) => lookup.targetGroup(x.targetGroupId)?.name ?? m.allTargetGroups,
    },
    { header: m.date, kind: 'date', value: (x) => x.date },
    { header: m.kind, kind: 'text', value: (x) => t.measurementKind[x.kind] },
    { header: m.level, kind: 'decimal', value: (x) => x.level },
    { header: m.respondentsHeader, kind: 'integer', value: (x) => x.respondents },
    { header: m.effectLink, kind: 'text', value: (x) => t.effectLink[x.effectLink] },
    { header: m.indicator, kind: 'text', value: (x) => x.indicator },
    { header: m.note, kind: 'longText', value: (x) => x.note },
  ];
}
