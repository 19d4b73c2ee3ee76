import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityKind } from '../../../../shared/model/enums';
import { useAppStore } from '../../../store';

/**
 * Move up, move down and delete for one card. Deleting asks nothing: the store offers undo. The
 * move buttons stay focusable at the ends of the list (aria-disabled), so focus is never dropped.
 */
export function CardActions({
  kind,
  id,
  title,
  ids,
  onDeleted,
}: {
  kind: EntityKind;
  id: string;
  title: string;
  /** Every id of the kind in the plan's order; a reorder must name them all. */
  ids: readonly string[];
  onDeleted: (index: number) => void;
}) {
  const { t } = useTranslation();
  const reorderEntities = useAppStore((s) => s.reorderEntities);
  const deleteEntity = useAppStore((s) => s.deleteEntity);
  const [working, setWorking] = useState(false);
  const index = ids.indexOf(id);
  const name = title.trim() || t('matching.edit.untitled');

  async function move(by: -1 | 1, event: MouseEvent<HTMLButtonElement>) {
    const to = index + by;
    if (working || index < 0 || to < 0 || to >= ids.length) return;
    const button = event.currentTarget;
    const next = [...ids];
    next.splice(index, 1);
    next.splice(to, 0, id);
    setWorking(true);
    await reorderEntities(kind, next);
    setWorking(false);
    // React may move this card's node to reorder the list, which drops focus; put it back.
    button.focus();
  }

  async function remove() {
    if (working) return;
    setWorking(true);
    const done = await deleteEntity(kind, id, name);
    setWorking(false);
    if (done) onDeleted(index);
  }

  return (
    <div className="card-actions">
      <button
        type="button"
        className="button button-tertiary button-small"
        aria-label={t('matching.edit.moveUpItem', { name })}
        aria-disabled={index <= 0 || undefined}
        onClick={(event) => void move(-1, event)}
      >
        <span aria-hidden="true">↑</span>
        {t('matching.edit.moveUp')}
      </button>
      <button
        type="button"
        className="button button-tertiary button-small"
        aria-label={t('matching.edit.moveDownItem', { name })}
        aria-disabled={index >= ids.length - 1 || undefined}
        onClick={(event) => void move(1, event)}
      >
        <span aria-hidden="true">↓</span>
        {t('matching.edit.moveDown')}
      </button>
      <button
        type="button"
        className="button button-tertiary button-small card-delete"
        aria-label={t('matching.edit.deleteItem', { name })}
        onClick={() => void remove()}
      >
        {t('matching.edit.delete')}
      </button>
    </div>
  );
}
