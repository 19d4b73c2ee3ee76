import { collectionOf } from '../model/collections';
import type { EntityKind } from '../model/enums';
import { ENTITY_NAMES, LIST_LABELS, type PlanList } from './entity-labels';
import { FIELD_LABELS } from './field-labels';
import type { LocalizedText } from './localized';

const kindOfCollection = new Map<string, EntityKind>(
  Object.entries(collectionOf).map(([kind, collection]) => [collection, kind as EntityKind]),
);

/** A row's list of links (`driverIds`) is named by the list it points into (»Baggrunde«). */
const LINK_LISTS: Record<string, PlanList> = {
  driverIds: 'drivers',
  targetGroupIds: 'targetGroups',
  competenceIds: 'competences',
  methodIds: 'methods',
  activityIds: 'activities',
  measurementIds: 'measurements',
};

function fieldLabel(kind: EntityKind | 'plan', field: string | number | undefined) {
  if (typeof field !== 'string') return undefined;
  const labels: Record<string, LocalizedText> = FIELD_LABELS[kind];
  const list = LINK_LISTS[field];
  return labels[field] ?? (list ? LIST_LABELS[list] : undefined);
}

/** `activities[3].title` → `['activities', 3, 'title']`, the parts `formatPath` joined. */
export function splitPath(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) =>
    m[1] === undefined ? m[2]! : Number(m[1]),
  );
}

/**
 * Where a field of a plan file is, in the words the program's editor uses: »Indsats nr. 4,
 * Titel« for `activities[3].title`, »Planens titel« for `plan.title`. A secretary who does not
 * read JSON finds the row and the field by it; null where the program has no word for the place
 * (the file's `format`, a row's `id`).
 */
export function fieldPathLabel(path: string): LocalizedText | null {
  const [top, index, field] = splitPath(path);
  if (top === 'plan') return fieldLabel('plan', index) ?? null;
  const kind = typeof top === 'string' ? kindOfCollection.get(top) : undefined;
  if (!kind || typeof index !== 'number') return null;
  const name = ENTITY_NAMES[kind];
  const label = fieldLabel(kind, field);
  const n = index + 1;
  return {
    da: label ? `${name.da} nr. ${n}, ${label.da}` : `${name.da} nr. ${n}`,
    en: label ? `${name.en} no. ${n}, ${label.en}` : `${name.en} no. ${n}`,
  };
}
