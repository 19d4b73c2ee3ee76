import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityKind } from '../../../../shared/model/enums';
import { useAppStore } from '../../../store';
import { firstFocusable, keepFocus } from './focus';
import { moved } from './reorder';

interface Row {
  id: string;
}

/**
 * Reordering and deleting in one of the plan's lists, the same way everywhere: Alt+Arrow or the
 * row's buttons move it (one reorder call), a deletion offers undo instead of asking first, and
 * focus never falls back to the top of the page.
 */
export function useListEditing<T extends Row>({
  kind,
  rows,
  nameOf,
  fallbackFocus,
}: {
  kind: EntityKind;
  rows: readonly T[];
  nameOf: (row: T) => string;
  /** Where focus goes when the last row is deleted, e.g. the add form's first field. */
  fallbackFocus: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const reorderEntities = useAppStore((s) => s.reorderEntities);
  const deleteEntity = useAppStore((s) => s.deleteEntity);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const [announcement, setAnnouncement] = useState('');
  const ids = rows.map((r) => r.id);

  const move = (row: T, by: -1 | 1) => {
    const next = moved(ids, row.id, by);
    if (!next || readOnly) return;
    void keepFocus(async () => {
      if (await reorderEntities(kind, next)) {
        setAnnouncement(
          t('planner.list.moved', {
            name: nameOf(row),
            position: next.indexOf(row.id) + 1,
            count: next.length,
          }),
        );
      }
    });
  };

  const remove = async (row: T, element: Element | null) => {
    if (readOnly) return;
    const item = element?.closest('[data-row]');
    const neighbour = item?.nextElementSibling ?? item?.previousElementSibling ?? null;
    if (await deleteEntity(kind, row.id, nameOf(row))) {
      (firstFocusable(neighbour?.isConnected ? neighbour : null) ?? fallbackFocus())?.focus();
    }
  };

  /** Alt+Arrow up/down anywhere in a row moves the row. */
  const rowKeys = (row: T) => (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(row, event.key === 'ArrowUp' ? -1 : 1);
  };

  return { move, remove, rowKeys, announcement };
}
