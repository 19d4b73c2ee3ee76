import { useTranslation } from 'react-i18next';
import type { Driver } from '../../../../shared/model/entities';
import { NotSet } from '../../../components/NotSet';
import { EditableSelect, EditableText } from '../../../components/fields';
import { fieldKey, useAppStore } from '../../../store';
import { CompetenceSuggestions } from '../suggestions/CompetenceSuggestions';
import { EntityCard } from './EntityCard';
import { priorityOptions } from './priority-options';
import { ReadOnlyText } from './ReadOnlyText';
import { usePlanReadOnly } from '../../../components/use-plan';

export interface CardProps<T> {
  entity: T;
  ids: readonly string[];
  takeFocus: boolean;
  onFocused: () => void;
  onDeleted: (index: number) => void;
}

/** A driver: why the workplace must change, in its own words, and the competences that follow. */
export function DriverCard({ entity: driver, ...card }: CardProps<Driver>) {
  const { t } = useTranslation();
  const readOnly = usePlanReadOnly();
  const updateEntity = useAppStore((s) => s.updateEntity);
  const save = (patch: Partial<Pick<Driver, 'title' | 'description' | 'priority'>>) =>
    updateEntity({ entity: 'driver', id: driver.id, patch });
  const key = (field: string) => fieldKey('driver', driver.id, field);

  return (
    <EntityCard
      kind="driver"
      entity={driver}
      priority={driver.priority}
      {...card}
      aside={<CompetenceSuggestions driverId={driver.id} />}
    >
      {readOnly ? (
        <ReadOnlyText label={t('matching.edit.situation')}>
          {driver.description || <NotSet />}
        </ReadOnlyText>
      ) : (
        <>
          <EditableText
            label={t('matching.edit.title')}
            value={driver.title}
            required
            errorKey={key('title')}
            onCommit={(title) => save({ title })}
          />
          <EditableText
            label={t('matching.edit.situation')}
            hint={t('matching.edit.situationHint')}
            value={driver.description}
            multiline
            errorKey={key('description')}
            onCommit={(description) => save({ description })}
          />
          <EditableSelect
            label={t('priority.label')}
            value={driver.priority}
            options={priorityOptions(t)}
            errorKey={key('priority')}
            onCommit={(priority) => save({ priority })}
          />
        </>
      )}
    </EntityCard>
  );
}
