import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { YearItem } from '../../../shared/model/entities';
import { EditableSelect, EditableText, LinkListEditor } from '../../components/fields';
import { useFormat } from '../../i18n/use-format';
import { fieldKey, useAppStore } from '../../store';
import { kindOptions, monthOptions, ownerOptions } from './labels';

type YearItemPatch = Partial<Omit<YearItem, 'id' | 'updatedAt'>>;

/** Every field of one årshjul item, each saved on its own, and its links to activities and measurements. */
export function YearItemFields({ item, doc }: { item: YearItem; doc: WindowDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const updateEntity = useAppStore((s) => s.updateEntity);
  const addLink = useAppStore((s) => s.addLink);
  const removeLink = useAppStore((s) => s.removeLink);
  const id = item.id;
  const key = (field: keyof YearItemPatch) => fieldKey('yearItem', id, field);
  const update = (patch: YearItemPatch) => updateEntity({ entity: 'yearItem', id, patch });
  const competence = new Map(doc.competences.map((c) => [c.id, c.title]));

  return (
    <div className="field-grid">
      <EditableText
        className="field-wide"
        label={t('year.wheel.title')}
        value={item.title}
        required
        errorKey={key('title')}
        onCommit={(title) => update({ title })}
      />
      <EditableSelect
        label={t('year.wheel.month')}
        value={item.month}
        options={monthOptions(language)}
        errorKey={key('month')}
        onCommit={(month) => update({ month })}
      />
      <EditableSelect
        label={t('year.wheel.kind')}
        value={item.kind}
        options={kindOptions(language)}
        errorKey={key('kind')}
        onCommit={(kind) => update({ kind })}
      />
      <EditableSelect
        label={t('year.wheel.owner')}
        value={item.ownerRole ?? ''}
        options={[{ value: '', label: t('year.wheel.ownerNone') }, ...ownerOptions(language)]}
        errorKey={key('ownerRole')}
        onCommit={(owner) => update({ ownerRole: owner === '' ? null : owner })}
      />
      <EditableText
        className="field-wide"
        label={t('year.wheel.description')}
        value={item.description}
        multiline
        errorKey={key('description')}
        onCommit={(description) => update({ description })}
      />
      <div className="field-wide">
        <LinkListEditor
          label={t('year.wheel.activities')}
          options={doc.activities.map((a) => ({ id: a.id, label: a.title }))}
          selectedIds={item.activityIds}
          emptyText={t('year.wheel.activitiesEmpty')}
          addLabel={t('year.wheel.addActivity')}
          onAdd={(to) => addLink('yearItem-activity', id, to)}
          onRemove={(to) => removeLink('yearItem-activity', id, to)}
        />
      </div>
      <div className="field-wide">
        <LinkListEditor
          label={t('year.wheel.measurements')}
          options={doc.measurements.map((m) => ({
            id: m.id,
            label: t('year.wheel.measurementName', {
              competence: competence.get(m.competenceId) ?? '',
              date: format.date(m.date),
            }),
          }))}
          selectedIds={item.measurementIds}
          emptyText={t('year.wheel.measurementsEmpty')}
          addLabel={t('year.wheel.addMeasurement')}
          onAdd={(to) => addLink('yearItem-measurement', id, to)}
          onRemove={(to) => removeLink('yearItem-measurement', id, to)}
        />
      </div>
    </div>
  );
}
