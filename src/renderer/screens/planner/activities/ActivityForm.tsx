import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Activity } from '../../../../shared/model/entities';
import type { LinkKind } from '../../../../shared/model/enums';
import {
  EditableDate,
  EditableNumber,
  EditableSelect,
  EditableText,
  LinkListEditor,
} from '../../../components/fields';
import { fieldKey, useAppStore } from '../../../store';
import { enumOptions } from '../common/options';
import { RowActions } from '../common/RowActions';

type ActivityPatch = Partial<Omit<Activity, 'id' | 'updatedAt'>>;

/** Everything about one activity, beside the list; each field saves itself. */
export function ActivityForm({
  activity,
  doc,
  index,
  count,
  canMove,
  takeFocus,
  onMove,
  onDelete,
  onClose,
}: {
  activity: Activity;
  doc: WindowDocument;
  index: number;
  count: number;
  canMove: boolean;
  takeFocus: boolean;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const updateEntity = useAppStore((s) => s.updateEntity);
  const addLink = useAppStore((s) => s.addLink);
  const removeLink = useAppStore((s) => s.removeLink);
  const formRef = useRef<HTMLElement>(null);
  const options = enumOptions(t);
  const id = activity.id;
  const key = (field: keyof ActivityPatch) => fieldKey('activity', id, field);
  const update = (patch: ActivityPatch) => updateEntity({ entity: 'activity', id, patch });
  const links = (kind: LinkKind) => ({
    onAdd: (toId: string) => addLink(kind, id, toId),
    onRemove: (toId: string) => removeLink(kind, id, toId),
  });

  useEffect(() => {
    if (!takeFocus) return;
    const title = formRef.current?.querySelector<HTMLInputElement>('input');
    title?.focus();
    title?.select();
    // Only when the form opens for a newly chosen activity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const kroner = t('planner.activities.currency');
  return (
    <section ref={formRef} className="activity-form" aria-labelledby="activity-form-heading">
      <div className="activity-form-head">
        <h3 id="activity-form-heading" tabIndex={-1}>
          {t('planner.activities.editHeading', { title: activity.title })}
        </h3>
        <button type="button" className="button button-tertiary button-small" onClick={onClose}>
          {t('planner.activities.close')}
        </button>
      </div>
      <div className="field-grid">
        <EditableText
          className="field-wide"
          label={t('planner.activities.title')}
          value={activity.title}
          required
          errorKey={key('title')}
          onCommit={(title) => update({ title })}
        />
        <EditableText
          className="field-wide"
          label={t('planner.activities.description')}
          value={activity.description}
          multiline
          errorKey={key('description')}
          onCommit={(description) => update({ description })}
        />
        <EditableSelect
          label={t('planner.activities.owner')}
          hint={doc.members.length === 0 ? t('planner.activities.ownerHint') : undefined}
          value={activity.ownerId ?? ''}
          options={[
            { value: '', label: t('planner.activities.noOwner') },
            ...doc.members.map((m) => ({ value: m.id, label: m.name })),
          ]}
          errorKey={key('ownerId')}
          onCommit={(ownerId) => update({ ownerId: ownerId === '' ? null : ownerId })}
        />
        <EditableSelect
          label={t('planner.activities.status')}
          value={activity.status}
          options={options.activityStatus}
          errorKey={key('status')}
          onCommit={(status) => update({ status })}
        />
        <EditableDate
          label={t('planner.activities.start')}
          value={activity.start}
          errorKey={key('start')}
          onCommit={(start) => update({ start })}
        />
        <EditableDate
          label={t('planner.activities.end')}
          value={activity.end}
          errorKey={key('end')}
          onCommit={(end) => update({ end })}
        />
        <EditableNumber
          label={t('planner.activities.progress')}
          value={activity.progress}
          min={0}
          max={100}
          unit="%"
          errorKey={key('progress')}
          onCommit={(progress) => update({ progress: progress ?? 0 })}
        />
        <EditableText
          label={t('planner.activities.funding')}
          hint={t('planner.activities.fundingHint')}
          value={activity.funding}
          errorKey={key('funding')}
          onCommit={(funding) => update({ funding })}
        />
        <EditableNumber
          label={t('planner.activities.budget')}
          value={activity.budget}
          min={0}
          step={0.01}
          unit={kroner}
          errorKey={key('budget')}
          onCommit={(budget) => update({ budget: budget ?? 0 })}
        />
        <EditableNumber
          label={t('planner.activities.spent')}
          value={activity.spent}
          min={0}
          step={0.01}
          unit={kroner}
          errorKey={key('spent')}
          onCommit={(spent) => update({ spent: spent ?? 0 })}
        />
        <EditableNumber
          label={t('planner.activities.participantsPlanned')}
          value={activity.participantsPlanned}
          min={0}
          unit={t('planner.activities.participantsUnit')}
          errorKey={key('participantsPlanned')}
          onCommit={(n) => update({ participantsPlanned: n ?? 0 })}
        />
        <EditableNumber
          label={t('planner.activities.participantsReached')}
          value={activity.participantsReached}
          min={0}
          unit={t('planner.activities.participantsUnit')}
          errorKey={key('participantsReached')}
          warning={
            activity.participantsPlanned > 0 &&
            activity.participantsReached > activity.participantsPlanned
              ? t('editor.warnings.moreReachedThanPlanned', {
                  planned: activity.participantsPlanned,
                })
              : null
          }
          onCommit={(n) => update({ participantsReached: n ?? 0 })}
        />
      </div>
      <h4 className="activity-form-subheading">{t('planner.activities.links')}</h4>
      <LinkListEditor
        label={t('planner.activities.competences')}
        addLabel={t('planner.activities.addCompetence')}
        emptyText={t('planner.activities.competencesEmpty')}
        options={doc.competences.map((c) => ({ id: c.id, label: c.title }))}
        selectedIds={activity.competenceIds}
        {...links('activity-competence')}
      />
      <LinkListEditor
        label={t('planner.activities.methods')}
        addLabel={t('planner.activities.addMethod')}
        emptyText={t('planner.activities.methodsEmpty')}
        options={doc.methods.map((m) => ({ id: m.id, label: m.title }))}
        selectedIds={activity.methodIds}
        {...links('activity-method')}
      />
      <LinkListEditor
        label={t('planner.activities.targetGroups')}
        addLabel={t('planner.activities.addTargetGroup')}
        emptyText={t('planner.activities.targetGroupsEmpty')}
        options={doc.targetGroups.map((g) => ({ id: g.id, label: g.name }))}
        selectedIds={activity.targetGroupIds}
        {...links('activity-targetGroup')}
      />
      <div className="activity-form-actions">
        {canMove ? (
          <RowActions
            name={activity.title}
            index={index}
            count={count}
            onMove={onMove}
            onDelete={onDelete}
          />
        ) : (
          <>
            <p className="block-hint">{t('planner.activities.reorderFiltered')}</p>
            <RowActions
              name={activity.title}
              index={0}
              count={1}
              onMove={onMove}
              onDelete={onDelete}
            />
          </>
        )}
      </div>
    </section>
  );
}
