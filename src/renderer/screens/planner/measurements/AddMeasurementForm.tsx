import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '../../../../shared/model/document';
import type { MeasurementKind } from '../../../../shared/model/enums';
import { useAppStore } from '../../../store';
import { enumOptions } from '../common/options';

/** Today in the user's own calendar, as an ISO date. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A measurement always concerns a competence and has a date, so both are asked for up front. */
export function AddMeasurementForm({
  doc,
  firstFieldRef,
  onCreated,
}: {
  doc: PlanDocument;
  firstFieldRef: RefObject<HTMLSelectElement | null>;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const createEntity = useAppStore((s) => s.createEntity);
  const [competenceId, setCompetenceId] = useState(doc.competences[0]?.id ?? '');
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<MeasurementKind>('baseline');
  const [dateError, setDateError] = useState(false);
  const chosen = doc.competences.some((c) => c.id === competenceId)
    ? competenceId
    : (doc.competences[0]?.id ?? '');

  const submit = async () => {
    if (date === '') {
      setDateError(true);
      return;
    }
    const id = await createEntity({
      entity: 'measurement',
      values: { competenceId: chosen, date, kind },
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
              {t('editor.fields.invalidDate')}
            </span>
          )}
          <input
            id={`${id}-date`}
            type="date"
            className="form-input"
            value={date}
            aria-invalid={dateError || undefined}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
            onChange={(e) => {
              setDate(e.target.value);
              setDateError(false);
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
