import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearWheelKind } from '../../../shared/model/enums';
import { useAppStore } from '../../store';
import { AddForm } from '../planner/common/AddForm';
import { kindOptions, monthOptions } from './labels';

/** A new item needs a title, a month and what kind of thing it is; the rest is edited in the list. */
export function AddYearItemForm({
  initialMonth,
  inputRef,
  onCreated,
}: {
  initialMonth: number;
  inputRef: RefObject<HTMLInputElement | null>;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const createEntity = useAppStore((s) => s.createEntity);
  const [month, setMonth] = useState(initialMonth);
  const [kind, setKind] = useState<YearWheelKind>('su-meeting');

  return (
    <AddForm
      heading={t('year.wheel.addHeading')}
      nameLabel={t('year.wheel.addTitle')}
      submitLabel={t('year.wheel.addSubmit')}
      inputRef={inputRef}
      onAdd={async (title) => {
        const created = await createEntity({
          entity: 'yearItem',
          values: { month, title, kind },
        });
        if (created) onCreated(created);
        return created !== null;
      }}
    >
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-month`}>
          {t('year.wheel.month')}
        </label>
        <select
          id={`${id}-month`}
          className="form-select"
          value={month}
          onChange={(e) => setMonth(Number(e.target.value))}
        >
          {monthOptions(language).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-kind`}>
          {t('year.wheel.kind')}
        </label>
        <select
          id={`${id}-kind`}
          className="form-select"
          value={kind}
          onChange={(e) => setKind(e.target.value as YearWheelKind)}
        >
          {kindOptions(language).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </AddForm>
  );
}
