import { useTranslation } from 'react-i18next';
import type { Method } from '../../../../shared/model/entities';
import { NotSet } from '../../../components/NotSet';
import { EditableText } from '../../../components/fields';
import { useFormat } from '../../../i18n/use-format';
import { fieldKey, useAppStore } from '../../../store';
import type { CardProps } from './DriverCard';
import { EntityCard } from './EntityCard';
import { ReadOnlyText } from './ReadOnlyText';
import { usePlanDocument, usePlanReadOnly } from '../../../components/use-plan';

/** A method: how the committee will build competences, and which competences it serves. */
export function MethodCard({ entity: method, ...card }: CardProps<Method>) {
  const { t } = useTranslation();
  const format = useFormat();
  const doc = usePlanDocument();
  const readOnly = usePlanReadOnly();
  const updateEntity = useAppStore((s) => s.updateEntity);
  const save = (patch: Partial<Pick<Method, 'title' | 'description'>>) =>
    updateEntity({ entity: 'method', id: method.id, patch });
  const key = (field: string) => fieldKey('method', method.id, field);
  const usedFor = (doc?.competences ?? [])
    .filter((competence) => competence.methodIds.includes(method.id))
    .map((competence) => competence.title);

  return (
    <EntityCard kind="method" entity={method} {...card}>
      {readOnly ? (
        <ReadOnlyText label={t('matching.edit.description')}>
          {method.description || <NotSet />}
        </ReadOnlyText>
      ) : (
        <>
          <EditableText
            label={t('matching.edit.title')}
            value={method.title}
            required
            errorKey={key('title')}
            onCommit={(title) => save({ title })}
          />
          <EditableText
            label={t('matching.edit.description')}
            value={method.description}
            multiline
            errorKey={key('description')}
            onCommit={(description) => save({ description })}
          />
        </>
      )}
      <p className="method-used-for">
        {usedFor.length > 0
          ? t('matching.edit.usedFor', { competences: format.list(usedFor) })
          : t('matching.edit.unused')}
      </p>
    </EntityCard>
  );
}
