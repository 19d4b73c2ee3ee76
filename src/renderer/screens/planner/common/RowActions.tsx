import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../../components/fields/use-read-only';
import './planner.css';

/** Move up, move down and delete for one row of a list; the names say which row to a screen reader. */
export function RowActions({
  name,
  index,
  count,
  onMove,
  onDelete,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  if (readOnly) return null;
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button-tertiary button-small"
        aria-label={t('planner.list.moveUpItem', { name })}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        {t('planner.list.moveUp')}
      </button>
      <button
        type="button"
        className="button button-tertiary button-small"
        aria-label={t('planner.list.moveDownItem', { name })}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        {t('planner.list.moveDown')}
      </button>
      <button
        type="button"
        className="button button-tertiary button-small button-delete"
        aria-label={t('planner.list.deleteItem', { name })}
        onClick={onDelete}
      >
        {t('planner.list.delete')}
      </button>
    </div>
  );
}
