import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import type { MeasurementKind } from '../../../../shared/model/enums';
import { DateInput } from '../../../components/fields/DateInput';
import { readDateText, todayIso, useDateText } from '../../../components/fields/date-text';
import { useAppStore } from '../../../store';
import { enumOptions } from '../common/options';

/** A measurement always concerns a competence and has a date, so both are asked for up front. */
export function AddMeasurementForm({
  doc,
  firstFieldRef,
  onCreated,
}: {
  doc: WindowDocument;
  firstFieldRef: RefObject<HTMLSelectElement | null>;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const createEntity = useAppStore((s) => s.createEntity);
  const [competenceId, setCompetenceId] = useState(doc.competences[0]?.id ?? '');
  const date = useDateText(todayIso());
  const [kind, setKind] = useState<MeasurementKind>('baseline');
  const [dateError, setDateError] = useState<string | null>(null);
  const chosen = doc.competences.some((c) => c.id === competenceId)
    ? competenceId
    : (doc.competences[0]?.id ?? '');

  const submit = async () => {
    const read = readDateText(date.text, t);
    if (!read.ok || read.value === null) {
      setDateError(read.ok ? t('editor.fields.invalidDate') : read.message);
      return;
    }
    const id = await createEntity({
      entity: 'measurement',
      values: { competenceId: chosen, date: read.value, kind },
    });
    if (id) onCreated(id);
  };

  return (
    <form
      className="add-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-heading`} className="add-form-heading">
        {t('planner.measurements.addHeading')}
      </h3>
      <div className="add-form-fields">
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-competence`}>
            {t('planner.measurements.competence')}
          </label>
          <select
            ref={firstFieldRef}
            id={`${id}-competence`}
            className="form-select"
            value={chosen}
            onChange={(e) => setCompetenceId(e.target.value)}
          >
            {doc.competences.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <div className={dateError ? 'form-group form-error' : 'form-group'}>
          <label className="form-label" htmlFor={`${id}-date`}>
            {t('planner.measurements.date')}
          </label>
          {dateError && (
            <span id={`${id}-date-error`} className="form-error-message" role="alert">
              {dateError}
            </span>
          )}
          <DateInput
            id={`${id}-date`}
            label={t('planner.measurements.date')}
            text={date.text}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
            onText={(text) => {
              date.setText(text);
              setDateError(null);
            }}
            onPick={(iso) => {
              date.pick(iso);
              setDateError(null);
            }}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-kind`}>
            {t('planner.measurements.kind')}
          </label>
          <select
            id={`${id}-kind`}
            className="form-select"
            value={kind}
            onChange={(e) => setKind(e.target.value as MeasurementKind)}
          >
            {enumOptions(t).measurementKind.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary add-form-submit">
          {t('planner.measurements.add')}
        </button>
      </div>
    </form>
  );
}
