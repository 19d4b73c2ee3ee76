import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogKind } from '../../../../shared/catalog';
import { Empty } from '../../../components/Empty';
import { SCREEN_HEADING_ID } from '../../../components/Screen';
import { AddFromCatalog } from './AddFromCatalog';
import type { CardProps } from '../cards/DriverCard';
import { neighbourOf, useFocusRequest } from '../use-focus-request';
import '../matching.css';

/**
 * A section's cards in the committee's order, with the button that adds from the catalogue. After
 * an add, focus goes to the new card; after a delete, to its neighbour or else to the heading.
 */
export function EntityList<T extends { id: string }>({
  kind,
  items,
  emptyText,
  Card,
}: {
  kind: CatalogKind;
  items: readonly T[];
  emptyText: string;
  Card: ComponentType<CardProps<T>>;
}) {
  const { t } = useTranslation();
  const focus = useFocusRequest();
  const ids = items.map((item) => item.id);

  const onDeleted = (index: number) => {
    const next = neighbourOf(ids, index);
    if (next !== null) focus.request(next);
    else document.getElementById(SCREEN_HEADING_ID)?.focus();
  };

  return (
    <>
      <AddFromCatalog kind={kind} onAdded={focus.request} />
      {items.length === 0 ? (
        <Empty>{emptyText}</Empty>
      ) : (
        <ul className="entity-list no-max-width" aria-label={t(`matching.listLabel.${kind}`)}>
          {items.map((item) => (
            <Card
              key={item.id}
              entity={item}
              ids={ids}
              takeFocus={focus.target === item.id}
              onFocused={focus.done}
              onDeleted={onDeleted}
            />
          ))}
        </ul>
      )}
    </>
  );
}
