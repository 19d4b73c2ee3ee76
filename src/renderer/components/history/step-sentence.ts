import { ENTITY_PLURALS } from '../../../shared/i18n/entity-labels';
import { collectionOf } from '../../../shared/model/collections';
import type { WindowDocument } from '../../../shared/model/document';
import type { EntityKind, LinkKind } from '../../../shared/model/enums';
import type { HistoryStep } from '../../../shared/model/history-step';
import { fieldLabel, showValue, type ValueContext } from '../sharing/merge-values';

/** The kind of row at the other end of each link, by the link's kind. */
const LINK_TARGET: Record<LinkKind, EntityKind> = {
  'competence-driver': 'driver',
  'competence-targetGroup': 'targetGroup',
  'competence-method': 'method',
  'activity-competence': 'competence',
  'activity-method': 'method',
  'activity-targetGroup': 'targetGroup',
  'yearItem-activity': 'activity',
  'yearItem-measurement': 'measurement',
};

/** The lists of links, named as the plan's lists are ("metoder"), by the model's field. */
const LINK_FIELDS: Record<string, EntityKind> = {
  driverIds: 'driver',
  targetGroupIds: 'targetGroup',
  methodIds: 'method',
  competenceIds: 'competence',
  activityIds: 'activity',
  measurementIds: 'measurement',
};

/**
 * What an undo step did, as a short phrase in the reader's language ("status for indsatsen
 * »Kursus« sat til »I gang«"), for the message after an undo and the buttons' tooltips. A row
 * still in the plan is named as the plan names it now; a deleted one as the step remembers it.
 */
export function stepSentence(step: HistoryStep, ctx: ValueContext): string {
  const { t } = ctx;
  if (step.action === 'other' || step.entity === null) return t('editor.steps.other');
  const entity = step.entity;
  const thing = thingOf(entity, step.id, step.title, step.date, ctx);
  switch (step.action) {
    case 'create':
      return entity === 'statusSnapshot' && step.date
        ? t('editor.steps.createStatus', { date: ctx.format.date(step.date) })
        : t('editor.steps.create', { thing });
    case 'delete':
      return t('editor.steps.delete', { thing });
    case 'reorder':
      return entity === 'plan'
        ? t('editor.steps.other')
        : t('editor.steps.reorder', { kinds: ENTITY_PLURALS[entity][ctx.language] });
    case 'link':
    case 'unlink': {
      if (!step.link) return t('editor.steps.update', { thing });
      const target = LINK_TARGET[step.link.kind];
      const other = thingOf(target, step.link.toId, null, null, ctx);
      return t(`editor.steps.${step.action}`, { other, thing });
    }
    case 'update':
      return updateSentence(step, entity, thing, ctx);
    case 'apply-ranking':
      return t('editor.steps.applyRanking', { thing });
    case 'file-team-plan':
      return t('editor.steps.fileTeamPlan', { thing });
    case 'import-excel':
      return t('editor.steps.importExcel', { count: Number(step.value ?? 0) });
    case 'import-survey':
      return t('editor.steps.importSurvey');
  }
}

function updateSentence(
  step: HistoryStep,
  entity: EntityKind | 'plan',
  thing: string,
  ctx: ValueContext,
): string {
  const { t } = ctx;
  if (step.field === null) return t('editor.steps.update', { thing });
  const listKind = LINK_FIELDS[step.field];
  const label = listKind
    ? ENTITY_PLURALS[listKind][ctx.language]
    : lowerFirst(fieldLabel(t, entity, step.field));
  const plan = entity === 'plan';
  const shown =
    step.value === undefined || listKind ? null : showValue(entity, step.field, step.value, ctx);
  if (shown?.kind === 'text' && !shown.long) {
    const value =
      typeof step.value === 'string' && !isWord(step.field) ? quoted(shown.text, ctx) : shown.text;
    return plan
      ? t('editor.steps.planValue', { field: label, value })
      : t('editor.steps.updateValue', { field: label, thing, value });
  }
  return plan
    ? t('editor.steps.planField', { field: label })
    : t('editor.steps.updateField', { field: label, thing });
}

/** "indsatsen »Kursus«", "målingen fra 6. december 2026", or "planen". */
function thingOf(
  kind: EntityKind | 'plan',
  id: string | null,
  remembered: string | null,
  date: string | null,
  ctx: ValueContext,
): string {
  const { t } = ctx;
  const the = t(`editor.steps.the.${kind}`);
  if (kind === 'plan') return the;
  const title = (id !== null ? currentTitle(ctx.doc, kind, id) : null) ?? remembered;
  if (title && title.trim() !== '')
    return t('editor.steps.named', { kind: the, title: title.trim() });
  if (date) return t('editor.steps.dated', { kind: the, date: ctx.format.date(date) });
  return the;
}

function currentTitle(
  doc: WindowDocument | undefined,
  kind: EntityKind,
  id: string,
): string | null {
  const rows = doc?.[collectionOf[kind]] as readonly Record<string, unknown>[] | undefined;
  const row = rows?.find((r) => r['id'] === id);
  const title = row?.['title'] ?? row?.['name'];
  return typeof title === 'string' ? title : null;
}

/** Values that are the program's own words (a status, a role) are not quoted; typed text is. */
function isWord(field: string): boolean {
  return (
    ['status', 'role', 'kind', 'effectLink', 'language', 'catalogKey'].includes(field) ||
    field.endsWith('Id') ||
    ['start', 'end', 'date', 'periodStart', 'periodEnd', 'decisionDate', 'completedAt'].includes(
      field,
    )
  );
}

function quoted(text: string, ctx: ValueContext): string {
  return ctx.t('editor.steps.quoted', { text });
}

function lowerFirst(text: string): string {
  // "HR", "MUS" stay as they are; "Status" becomes "status" inside a sentence.
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
