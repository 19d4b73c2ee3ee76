import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogKind } from '../../../../shared/catalog';
import { isCatalogKey } from '../../../../shared/catalog';
import { Priority } from '../../../components/Priority';
import { CardActions } from './CardActions';
import { useTakeFocus } from '../use-focus-request';
import { usePlanReadOnly } from '../../../components/use-plan';

/**
 * The frame every driver, competence and method card shares: the title as a heading (where focus
 * lands after an add), whether it came from the catalogue, the card's actions, and two columns —
 * the fields, and beside them what Omstil suggests — with room below both for what needs the width.
 */
export function EntityCard({
  kind,
  entity,
  ids,
  priority,
  takeFocus,
  onFocused,
  onDeleted,
  children,
  aside,
  wide,
}: {
  kind: CatalogKind;
  entity: { id: string; title: string; catalogKey: string | null };
  ids: readonly string[];
  priority?: 1 | 2 | 3;
  takeFocus: boolean;
  onFocused: () => void;
  onDeleted: (index: number) => void;
  children: ReactNode;
  aside?: ReactNode;
  /** Below both columns, across the card's whole width. */
  wide?: ReactNode;
}) {
  const { t } = useTranslation();
  const readOnly = usePlanReadOnly();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useTakeFocus(headingRef, takeFocus, onFocused);
  const fromCatalogue = isCatalogKey(kind, entity.catalogKey);
  return (
    <li className="entity-card">
      <div className="entity-card-head">
        <div className="entity-card-heading">
          <h3 id={headingId} ref={headingRef} tabIndex={-1}>
            {entity.title.trim() || t('matching.edit.untitled')}
          </h3>
          <span className="entity-origin">
            {fromCatalogue ? t('matching.edit.fromCatalogue') : t('matching.edit.own')}
          </span>
          {priority !== undefined && <Priority value={priority} />}
        </div>
        {!readOnly && (
          <CardActions
            kind={kind}
            id={entity.id}
            title={entity.title}
            ids={ids}
            onDeleted={onDeleted}
          />
        )}
      </div>
      <div className={aside ? 'entity-card-body entity-card-split' : 'entity-card-body'}>
        <div className="entity-fields">{children}</div>
        {aside && <div className="entity-aside">{aside}</div>}
      </div>
      {wide && <div className="entity-card-wide">{wide}</div>}
    </li>
  );
}
