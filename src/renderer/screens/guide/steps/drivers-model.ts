import { DRIVERS, isDriverKey, type DriverKey } from '../../../../shared/catalog';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Driver } from '../../../../shared/model/entities';
import type { Priority } from '../../../../shared/model/enums';
import type { GuideRecord } from '../guide-record';

/**
 * One line of the drivers step: a catalogue entry, a driver the guide made from the secretary's
 * own words, or one of those still to be made. `row` is the plan's driver when there is one;
 * `locked` when it was not made by the guide, which then leaves it alone.
 */
export interface DriverOption {
  key: string;
  catalogKey: DriverKey | null;
  /** The secretary's own title; catalogue entries are titled from the catalogue. */
  customTitle: string | null;
  row: Driver | null;
  locked: boolean;
}

export const DEFAULT_PRIORITY: Priority = 2;

export const catalogueOptionKey = (key: DriverKey): string => `catalogue:${key}`;
export const rowOptionKey = (id: string): string => `row:${id}`;

/** The catalogue in its order, then the plan's own drivers, each tied to its row if it has one. */
export function driverOptions(doc: WindowDocument, record: GuideRecord): DriverOption[] {
  const made = new Set(record.created.driver);
  const used = new Set<string>();
  const options: DriverOption[] = DRIVERS.map((entry) => {
    const rows = doc.drivers.filter((d) => d.catalogKey === entry.key);
    // Prefer the guide's own row, so a second copy added by hand does not hide it.
    const row = rows.find((d) => made.has(d.id)) ?? rows[0] ?? null;
    if (row) used.add(row.id);
    return {
      key: catalogueOptionKey(entry.key),
      catalogKey: entry.key,
      customTitle: null,
      row,
      locked: row !== null && !made.has(row.id),
    };
  });
  for (const row of doc.drivers) {
    if (used.has(row.id)) continue;
    options.push({
      key: rowOptionKey(row.id),
      catalogKey: isDriverKey(row.catalogKey) ? row.catalogKey : null,
      customTitle: row.title,
      row,
      locked: !made.has(row.id),
    });
  }
  return options;
}

/** Ticked with a priority, or not ticked. */
export type DriverSelection = Record<string, Priority | null>;

/** What the plan already says: every driver in it is ticked with its own priority. */
export function selectionOf(options: readonly DriverOption[]): DriverSelection {
  return Object.fromEntries(options.map((o) => [o.key, o.row ? o.row.priority : null]));
}
