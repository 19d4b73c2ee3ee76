import { useTranslation } from 'react-i18next';
import type { Competence } from '../../../../shared/model/entities';
import type { LinkKind } from '../../../../shared/model/enums';
import {
  EditableSelect,
  EditableText,
  LinkListEditor,
  TextListEditor,
} from '../../../components/fields';
import { LevelInput } from '../../../components/level/LevelInput';
import { fieldKey, useAppStore } from '../../../store';
import { CompetenceReadOnly } from './CompetenceReadOnly';
import type { CardProps } from './DriverCard';
import { EntityCard } from './EntityCard';
import { MethodSuggestions } from '../suggestions/MethodSuggestions';
import { priorityOptions } from './priority-options';
import { usePlanDocument, usePlanReadOnly } from '../../../components/use-plan';

type CompetencePatch = Partial<Omit<Competence, 'id' | 'updatedAt'>>;

/**
 * A competence: what the committee wants people to be able to do, for whom, from which level to
 * which, and — beside it — the methods chosen and suggested for it.
 */
export function CompetenceCard({ entity: competence, ...card }: CardProps<Competence>) {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const readOnly = usePlanReadOnly();
  const updateEntity = useAppStore((s) => s.updateEntity);
  const addLink = useAppStore((s) => s.addLink);
  const removeLink = useAppStore((s) => s.removeLink);
  if (!doc) return null;
  const save = (patch: CompetencePatch) =>
    updateEntity({ entity: 'competence', id: competence.id, patch });
  const key = (field: string) => fieldKey('competence', competence.id, field);
  const links = (kind: LinkKind) => ({
    onAdd: (id: string) => addLink(kind, competence.id, id),
    onRemove: (id: string) => removeLink(kind, competence.id, id),
  });

  const aside = (
    <>
      {!readOnly && (
        <LinkListEditor
          label={t('matching.edit.methods')}
          options={doc.methods.map((m) => ({ id: m.id, label: m.title }))}
          selectedIds={competence.methodIds}
          emptyText={t('matching.edit.methodsEmpty')}
          addLabel={t('matching.edit.addMethod')}
          {...links('competence-method')}
        />
      )}
      <MethodSuggestions competenceId={competence.id} />
    </>
  );

  return (
    <EntityCard
      kind="competence"
      entity={competence}
      priority={competence.priority}
      {...card}
      aside={aside}
      wide={
        // Objectives are sentences: they get the card's whole width, below both columns.
        readOnly ? undefined : (
          <TextListEditor
            label={t('matching.edit.learningObjectives')}
            hint={t('matching.edit.learningObjectivesHint')}
            items={competence.learningObjectives}
            addLabel={t('matching.edit.addLearningObjective')}
            errorKey={key('learningObjectives')}
            onCommit={(learningObjectives) => save({ learningObjectives })}
          />
        )
      }
    >
      {readOnly ? (
        <CompetenceReadOnly competence={competence} doc={doc} />
      ) : (
        <>
          <EditableText
            label={t('matching.edit.title')}
            value={competence.title}
            required
            errorKey={key('title')}
            onCommit={(title) => save({ title })}
          />
          <EditableText
            label={t('matching.edit.description')}
            value={competence.description}
            multiline
            errorKey={key('description')}
            onCommit={(description) => save({ description })}
          />
          <div className="field-row competence-levels">
            <EditableSelect
              label={t('priority.label')}
              value={competence.priority}
              options={priorityOptions(t)}
              errorKey={key('priority')}
              onCommit={(priority) => save({ priority })}
            />
            <LevelInput
              label={t('matching.edit.currentLevel')}
              hint={t('matching.edit.levelHint')}
              value={competence.currentLevel}
              allowEmpty
              errorKey={key('currentLevel')}
              onCommit={(currentLevel) => save({ currentLevel })}
            />
            <LevelInput
              label={t('matching.edit.targetLevel')}
              hint={t('matching.edit.levelHint')}
              value={competence.targetLevel}
              allowEmpty
              errorKey={key('targetLevel')}
              warning={
                competence.targetLevel !== null &&
                competence.currentLevel !== null &&
                competence.targetLevel < competence.currentLevel
                  ? t('editor.warnings.targetBelowCurrent', { current: competence.currentLevel })
                  : null
              }
              onCommit={(targetLevel) => save({ targetLevel })}
            />
          </div>
          <LinkListEditor
            label={t('matching.edit.drivers')}
            options={doc.drivers.map((d) => ({ id: d.id, label: d.title }))}
            selectedIds={competence.driverIds}
            emptyText={t('matching.edit.driversEmpty')}
            addLabel={t('matching.edit.addDriver')}
            {...links('competence-driver')}
          />
          <LinkListEditor
            label={t('matching.edit.targetGroups')}
            options={doc.targetGroups.map((g) => ({ id: g.id, label: g.name }))}
            selectedIds={competence.targetGroupIds}
            emptyText={t('matching.edit.targetGroupsEmpty')}
            addLabel={t('matching.edit.addTargetGroup')}
            {...links('competence-targetGroup')}
          />
        </>
      )}
    </EntityCard>
  );
}
