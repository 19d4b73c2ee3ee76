import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Measurement } from '../../../../shared/model/entities';
import {
  EditableDate,
  EditableNumber,
  EditableSelect,
  EditableText,
} from '../../../components/fields';
import { LevelInput } from '../../../components/level/LevelInput';
import { fieldKey, useAppStore } from '../../../store';
import { enumOptions } from '../common/options';

type MeasurementPatch = Partial<Omit<Measurement, 'id' | 'updatedAt'>>;

export function MeasurementFields({
  measurement,
  doc,
}: {
  measurement: Measurement;
  doc: WindowDocument;
}) {
  const { t } = useTranslation();
  const updateEntity = useAppStore((s) => s.updateEntity);
  const options = enumOptions(t);
  const id = measurement.id;
  const key = (field: keyof MeasurementPatch) => fieldKey('measurement', id, field);
  const update = (patch: MeasurementPatch) => updateEntity({ entity: 'measurement', id, patch });

  return (
    <div className="field-grid">
      <EditableSelect
        label={t('planner.measurements.competence')}
        value={measurement.competenceId}
        options={doc.competences.map((c) => ({ value: c.id, label: c.title }))}
        errorKey={key('competenceId')}
        onCommit={(competenceId) => update({ competenceId })}
      />
      <EditableSelect
        label={t('planner.measurements.targetGroup')}
        value={measurement.targetGroupId ?? ''}
        options={[
          { value: '', label: t('planner.measurements.allTargetGroups') },
          ...doc.targetGroups.map((g) => ({ value: g.id, label: g.name })),
        ]}
        errorKey={key('targetGroupId')}
        onCommit={(g) => update({ targetGroupId: g === '' ? null : g })}
      />
      <EditableDate
        label={t('planner.measurements.date')}
        value={measurement.date}
        errorKey={key('date')}
        required
        onCommit={(date) => update({ date: date ?? '' })}
      />
      <EditableSelect
        label={t('planner.measurements.kind')}
        value={measurement.kind}
        options={options.measurementKind}
        errorKey={key('kind')}
        onCommit={(kind) => update({ kind })}
      />
      <LevelInput
        label={t('planner.measurements.level')}
        hint={t('planner.measurements.levelHint')}
        value={measurement.level}
        step={0.1}
        allowEmpty
        errorKey={key('level')}
        onCommit={(level) => update({ level })}
      />
      <EditableNumber
        label={t('planner.measurements.respondents')}
        value={measurement.respondents}
        min={0}
        allowEmpty
        errorKey={key('respondents')}
        onCommit={(respondents) => update({ respondents })}
      />
      <EditableSelect
        label={t('planner.measurements.effectLink')}
        hint={t('planner.measurements.effectLinkHint')}
        value={measurement.effectLink}
        options={options.effectLink}
        errorKey={key('effectLink')}
        onCommit={(effectLink) => update({ effectLink })}
      />
      <EditableText
        label={t('planner.measurements.indicator')}
        hint={t('planner.measurements.indicatorHint')}
        value={measurement.indicator ?? ''}
        errorKey={key('indicator')}
        onCommit={(indicator) => update({ indicator: indicator.trim() === '' ? null : indicator })}
      />
      <EditableText
        className="field-wide"
        label={t('planner.measurements.note')}
        value={measurement.note}
        multiline
        errorKey={key('note')}
        onCommit={(note) => update({ note })}
      />
    </div>
  );
}
