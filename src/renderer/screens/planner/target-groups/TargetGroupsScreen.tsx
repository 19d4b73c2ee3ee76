import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EditableNumber, EditableText } from '../../../components/fields';
import { fieldKey, useAppStore } from '../../../store';
import { AddForm } from '../common/AddForm';
import { RowActions } from '../common/RowActions';
import { Screen } from '../../../components/Screen';
import { useListEditing } from '../common/use-list-editing';
import { usePlanDocument } from '../../../components/use-plan';

/** For whom: the groups of employees the plan's competences and activities are aimed at. */
export function TargetGroupsScreen() {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const createEntity = useAppStore((s) => s.createEntity);
  const updateEntity = useAppStore((s) => s.updateEntity);
  const addRef = useRef<HTMLInputElement>(null);
  const groups = doc?.targetGroups ?? [];
  const list = useListEditing({
    kind: 'targetGroup',
    rows: groups,
    nameOf: (g) => g.name,
    fallbackFocus: () => addRef.current,
  });
  if (!doc) return null;

  const update = (
    id: string,
    patch: { name?: string; headcount?: number | null; description?: string },
  ) => updateEntity({ entity: 'targetGroup', id, patch });

  return (
    <Screen view="targetGroups" intro={t('planner.intro.targetGroups')}>
      {groups.length === 0 ? (
        <p className="empty-text">{t('planner.targetGroups.empty')}</p>
      ) : (
        <>
          <p className="block-hint">{t('planner.list.reorderHint')}</p>
          <ol
            className="planner-cards no-max-width"
            aria-label={t('planner.targetGroups.listLabel')}
          >
            {groups.map((group, index) => (
              <li key={group.id} data-row className="planner-card" onKeyDown={list.rowKeys(group)}>
                <div className="planner-card-head">
                  <h3 className="planner-card-title">{group.name}</h3>
                  <RowActions
                    name={group.name}
                    index={index}
                    count={groups.length}
                    onMove={(by) => list.move(group, by)}
                    onDelete={() => void list.remove(group, document.activeElement)}
                  />
                </div>
                <div className="field-grid">
                  <EditableText
                    label={t('planner.targetGroups.name')}
                    value={group.name}
                    required
                    errorKey={fieldKey('targetGroup', group.id, 'name')}
                    onCommit={(name) => update(group.id, { name })}
                  />
                  <EditableNumber
                    label={t('planner.targetGroups.headcount')}
                    value={group.headcount}
                    min={0}
                    allowEmpty
                    unit={t('planner.targetGroups.headcountUnit')}
                    errorKey={fieldKey('targetGroup', group.id, 'headcount')}
                    onCommit={(headcount) => update(group.id, { headcount })}
                  />
                  <EditableText
                    className="field-wide"
                    label={t('planner.targetGroups.description')}
                    hint={t('planner.targetGroups.descriptionHint')}
                    value={group.description}
                    multiline
                    errorKey={fieldKey('targetGroup', group.id, 'description')}
                    onCommit={(description) => update(group.id, { description })}
                  />
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="sr-only" aria-live="polite">
        {list.announcement}
      </p>
      <AddForm
        heading={t('planner.targetGroups.addHeading')}
        nameLabel={t('planner.targetGroups.newName')}
        submitLabel={t('planner.targetGroups.add')}
        inputRef={addRef}
        onAdd={async (name) =>
          (await createEntity({ entity: 'targetGroup', values: { name } })) !== null
        }
      />
    </Screen>
  );
}
