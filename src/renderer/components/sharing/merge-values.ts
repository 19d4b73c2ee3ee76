import type { TFunction } from 'i18next';
import type { MergeConflict } from '../../../shared/api';
import { catalogEntry, type CatalogKind } from '../../../shared/catalog';
import type { WindowDocument } from '../../../shared/model/document';
import {
  ACTIVITY_STATUSES,
  EFFECT_LINKS,
  LANGUAGES,
  MEASUREMENT_KINDS,
  MEMBER_ROLES,
  PLAN_STATUSES,
  type Language,
} from '../../../shared/model/enums';
import type { Formatters } from '../../i18n/format';

export type MergeEntityKind = MergeConflict['entityKind'];

/** A value as a person reads it: a line of text, a long text, a list, or a word for nothing. */
export type ShownValue =
  | { kind: 'text'; text: string; long: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'none'; text: string };

export interface ValueContext {
  t: TFunction;
  format: Formatters;
  language: Language;
  /** The open plan (mine), where ids are looked up by name. */
  doc: WindowDocument | undefined;
}

const DATES = new Set([
  'periodStart',
  'periodEnd',
  'decisionDate',
  'start',
  'end',
  'date',
  'completedAt',
]);
const MONEY = new Set(['budget', 'spent']);
const COUNTS = new Set(['headcount', 'respondents', 'participantsPlanned', 'participantsReached']);
const LEVELS = new Set(['currentLevel', 'targetLevel', 'level']);
const CATALOGUE_KINDS: readonly string[] = ['driver', 'competence', 'method'];

/** Above this many characters a text is shown as a paragraph rather than a line. */
const LONG_TEXT = 80;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** The label the editor gives a field of this kind of entity. */
export function fieldLabel(t: TFunction, kind: MergeEntityKind, field: string): string {
  const labels = t('sharing.fields', { returnObjects: true }) as Record<
    string,
    Record<string, string> | undefined
  >;
  return labels[kind]?.[field] ?? t('sharing.merge.unknownField', { field });
}

/** The fields of a kind of entity in the editor's order, for showing a whole row. */
export function fieldsOf(t: TFunction, kind: MergeEntityKind): string[] {
  const labels = t('sharing.fields', { returnObjects: true }) as Record<
    string,
    Record<string, string> | undefined
  >;
  return Object.keys(labels[kind] ?? {});
}

/** "Indsats »Superbrugeruddannelse«", or "Planen" for the plan's own fields. */
export function entityLabel(conflict: MergeConflict, ctx: ValueContext): string {
  const { t } = ctx;
  if (conflict.entityKind === 'plan') return t('sharing.kinds.plan');
  const kind = t(`sharing.kinds.${conflict.entityKind}`);
  const title =
    conflict.entityKind === 'measurement' ? measurementTitle(conflict, ctx) : conflict.entityTitle;
  return t('sharing.merge.entity', { kind, title: title.trim() || t('sharing.merge.untitled') });
}

/** A measurement has no title; the editor names it by its competence and date. */
function measurementTitle(conflict: MergeConflict, ctx: ValueContext): string {
  const row =
    ctx.doc?.measurements.find((m) => m.id === conflict.rowId) ??
    asRecord(conflict.mine) ??
    asRecord(conflict.theirs);
  const competenceId = row?.['competenceId'];
  const date = row?.['date'];
  if (typeof competenceId !== 'string' || typeof date !== 'string') return conflict.entityTitle;
  const competence = ctx.doc?.competences.find((c) => c.id === competenceId)?.title;
  if (!competence) return conflict.entityTitle;
  return ctx.t('sharing.merge.measurementTitle', { competence, date: ctx.format.date(date) });
}

export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** One field's value in words, numbers and dates as the rest of the program writes them. */
export function showValue(
  kind: MergeEntityKind,
  field: string,
  value: unknown,
  ctx: ValueContext,
): ShownValue {
  const { t, format } = ctx;
  const notSet: ShownValue = { kind: 'none', text: t('sharing.values.notSet') };
  const text = (s: string): ShownValue => ({ kind: 'text', text: s, long: false });

  if (Array.isArray(value)) {
    const items = value.map(String).filter((item) => item.trim() !== '');
    return items.length > 0
      ? { kind: 'list', items }
      : { kind: 'none', text: t('sharing.values.empty') };
  }
  if (field.endsWith('Id')) return reference(field, value, ctx) ?? notSet;
  if (field === 'catalogKey' && value === null)
    return { kind: 'none', text: t('sharing.values.ownEntry') };
  if (value === null || value === undefined || value === '') return notSet;

  if (typeof value === 'number') {
    // A year is a name, not an amount: 2027, never "2.027".
    if (field === 'year') return text(String(value));
    if (MONEY.has(field)) return text(format.money(value));
    if (field === 'progress') return text(format.percent(value));
    if (COUNTS.has(field)) return text(format.number(value));
    if (LEVELS.has(field)) return text(t('sharing.values.level', { level: format.decimal(value) }));
    if (field === 'priority') return text(priorityLabel(t, value));
    return text(format.decimal(value));
  }
  if (typeof value !== 'string') return text(JSON.stringify(value));

  if (DATES.has(field)) return text(format.date(value));
  if (field === 'catalogKey' && CATALOGUE_KINDS.includes(kind)) {
    const entry = catalogEntry(kind as CatalogKind, value);
    return text(entry ? entry.title[ctx.language] : value);
  }
  const named = enumLabel(t, kind, field, value);
  if (named) return text(named);
  return { kind: 'text', text: value, long: value.length > LONG_TEXT || value.includes('\n') };
}

function priorityLabel(t: TFunction, value: number): string {
  if (value === 1) return t('priority.high');
  if (value === 2) return t('priority.medium');
  if (value === 3) return t('priority.low');
  return String(value);
}

function enumLabel(t: TFunction, kind: MergeEntityKind, field: string, value: string) {
  if (field === 'status' && kind === 'plan' && isOneOf(PLAN_STATUSES, value))
    return t(`enums.planStatus.${value}`);
  if (field === 'status' && kind === 'activity' && isOneOf(ACTIVITY_STATUSES, value))
    return t(`enums.activityStatus.${value}`);
  if (field === 'role' && isOneOf(MEMBER_ROLES, value)) return t(`enums.memberRole.${value}`);
  if (field === 'kind' && isOneOf(MEASUREMENT_KINDS, value))
    return t(`enums.measurementKind.${value}`);
  if (field === 'effectLink' && isOneOf(EFFECT_LINKS, value)) return t(`enums.effectLink.${value}`);
  if (field === 'language' && isOneOf(LANGUAGES, value)) return t(`language.${value}`);
  return null;
}

/** An id is shown as the name it has in the open plan; the other copy's new rows have none here. */
function reference(field: string, value: unknown, ctx: ValueContext): ShownValue | null {
  const { t, doc } = ctx;
  if (value === null || value === undefined || value === '') {
    if (field === 'ownerId') return { kind: 'none', text: t('planner.activities.noOwner') };
    if (field === 'targetGroupId')
      return { kind: 'none', text: t('planner.measurements.allTargetGroups') };
    return null;
  }
  if (typeof value !== 'string') return null;
  const id = value;
  const name =
    field === 'ownerId'
      ? doc?.members.find((m) => m.id === id)?.name
      : field === 'competenceId'
        ? doc?.competences.find((c) => c.id === id)?.title
        : field === 'targetGroupId'
          ? doc?.targetGroups.find((g) => g.id === id)?.name
          : undefined;
  return { kind: 'text', text: name ?? t('sharing.values.otherCopyOnly'), long: false };
}

/**
 * A deleted-or-edited row in full: every field that has something in it, with its label. Where
 * in the catalogue it came from is left out; its title says the same in the plan's own words.
 */
export function rowDetails(
  kind: MergeEntityKind,
  values: Record<string, unknown>,
  ctx: ValueContext,
): { field: string; label: string; value: ShownValue }[] {
  return fieldsOf(ctx.t, kind)
    .filter((field) => field !== 'catalogKey')
    .filter((field) => {
      const v = values[field];
      return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
    })
    .map((field) => ({
      field,
      label: fieldLabel(ctx.t, kind, field),
      value: showValue(kind, field, values[field], ctx),
    }));
}

/**
 * One of two evaluations of the same year, as the committee wrote it. The year is said once in
 * the explanation above both; the figures are left out, being fetched from the plan rather than
 * written, so the choice rests on the period and the committee's own words.
 */
export function evaluationDetails(
  values: Record<string, unknown>,
  ctx: ValueContext,
): ReturnType<typeof rowDetails> {
  return rowDetails('evaluation', values, ctx).filter(
    (detail) => detail.field !== 'year' && detail.field !== 'figures',
  );
}
