import {
  catalogIndex,
  isCompetenceKey,
  type CompetenceKey,
  type Strength,
} from '../../../../shared/catalog';
import type { LocalizedText } from '../../../../shared/i18n/localized';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Competence } from '../../../../shared/model/entities';
import type { Priority } from '../../../../shared/model/enums';
import { suggestCompetences } from '../../../../shared/recommend';
import type { GuideRecord } from '../guide-record';

/** Why one driver suggests the competence: the catalogue's own rationale for the pair. */
export interface CompetenceReason {
  driverId: string;
  driverTitle: string;
  text: LocalizedText;
}

/**
 * One competence on offer: suggested by one or more of the plan's drivers (the best strength
 * counts), or made by the guide earlier and no longer suggested. `row` is the plan's competence
 * with that key; `locked` when the guide did not make it.
 */
export interface CompetenceOption {
  key: CompetenceKey;
  strength: Strength | null;
  /** The drivers that suggest it, in the plan's order: the ones it is linked to. */
  driverIds: string[];
  reasons: CompetenceReason[];
  /** The highest priority among those drivers: what answers an urgent driver is urgent too. */
  priority: Priority;
  row: Competence | null;
  locked: boolean;
  /** Ticked before the secretary has said anything: fits well and not shown before. */
  preselected: boolean;
}

const DEFAULT_PRIORITY: Priority = 2;

export function competenceOptions(doc: WindowDocument, record: GuideRecord): CompetenceOption[] {
  const made = new Set(record.created.competence);
  const offered = new Set(record.offered.competences);
  const byKey = new Map<CompetenceKey, CompetenceOption>();
  const rowFor = (key: CompetenceKey) => {
    const rows = doc.competences.filter((c) => c.catalogKey === key);
    return rows.find((c) => made.has(c.id)) ?? rows[0] ?? null;
  };
  const optionFor = (key: CompetenceKey): CompetenceOption => {
    const known = byKey.get(key);
    if (known) return known;
    const row = rowFor(key);
    const option: CompetenceOption = {
      key,
      strength: null,
      driverIds: [],
      reasons: [],
      priority: 3,
      row,
      locked: row !== null && !made.has(row.id),
      preselected: false,
    };
    byKey.set(key, option);
    return option;
  };

  for (const driver of doc.drivers) {
    for (const suggestion of suggestCompetences(doc, driver.id)?.competences ?? []) {
      const option = optionFor(suggestion.competenceKey);
      const fit = suggestion.reasons.find((r) => r.code === 'catalogue-match');
      if (option.strength === null || suggestion.strength < option.strength) {
        option.strength = suggestion.strength;
      }
      if (driver.priority < option.priority) option.priority = driver.priority;
      option.driverIds.push(driver.id);
      if (fit) {
        option.reasons.push({ driverId: driver.id, driverTitle: driver.title, text: fit.text });
      }
    }
  }
  // What the guide made stays on offer even when no driver calls for it any longer, so it can go.
  for (const row of doc.competences) {
    if (made.has(row.id) && isCompetenceKey(row.catalogKey)) optionFor(row.catalogKey);
  }

  const options = [...byKey.values()];
  for (const option of options) {
    if (option.driverIds.length === 0) option.priority = option.row?.priority ?? DEFAULT_PRIORITY;
    option.preselected = option.strength === 1 && !offered.has(option.key);
  }
  return options.sort(
    (a, b) =>
      (a.strength ?? 4) - (b.strength ?? 4) ||
      b.driverIds.length - a.driverIds.length ||
      catalogIndex('competence', a.key) - catalogIndex('competence', b.key),
  );
}

/** Ticked when the plan has it, or when it is preselected and the secretary has not said no. */
export function isTicked(option: CompetenceOption, changes: Record<string, boolean>): boolean {
  return changes[option.key] ?? (option.row !== null || option.preselected);
}
