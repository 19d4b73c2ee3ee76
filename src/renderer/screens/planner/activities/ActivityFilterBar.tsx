import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import type { ActivityStatus } from '../../../../shared/model/enums';
import { useAppStore } from '../../../store';
import { enumOptions } from '../common/options';
import { FilterDate } from './FilterDate';
import { isFiltered, NO_OWNER } from './filter-activities';

/** Search and filters for the activity list; they narrow the view, never the plan. */
export function ActivityFilterBar({ doc, leading }: { doc: WindowDocument; leading?: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const filter = useAppStore((s) => s.activityFilter);
  const setFilter = useAppStore((s) => s.setActivityFilter);
  const reset = useAppStore((s) => s.resetActivityFilter);
  const narrowing = [
    filter.status,
    filter.ownerId,
    filter.competenceId,
    filter.targetGroupId,
    filter.from ?? '',
    filter.to ?? '',
  ].filter((v) => v !== '').length;
  // Open when a filter is already set, so what narrows the list is never hidden.
  const [open, setOpen] = useState(narrowing > 0);
  const any = <option value="">{t('planner.filter.any')}</option>;

  const select = (
    field: 'status' | 'ownerId' | 'competenceId' | 'targetGroupId',
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <div className="form-group filter-field">
      <label className="form-label" htmlFor={`${id}-${field}`}>
        {label}
      </label>
      <select
        id={`${id}-${field}`}
        className="form-select"
        value={filter[field]}
        onChange={(e) =>
          setFilter(
            field === 'status'
              ? { status: e.target.value as ActivityStatus | '' }
              : { [field]: e.target.value },
          )
        }
      >
        {any}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  const date = (field: 'from' | 'to', label: string) => (
    <FilterDate
      id={`${id}-${field}`}
      label={label}
      value={filter[field]}
      onChange={(value) => setFilter({ [field]: value })}
    />
  );

  return (
    <search className="filter-bar" aria-label={t('planner.filter.label')}>
      <div className="filter-row">
        {leading}
        <div className="form-group filter-field filter-search">
          <label className="form-label" htmlFor={`${id}-text`}>
            {t('planner.filter.search')}
          </label>
          <input
            id={`${id}-text`}
            type="search"
            className="form-input"
            value={filter.text}
            aria-describedby={`${id}-text-hint`}
            onChange={(e) => setFilter({ text: e.target.value })}
          />
          <span id={`${id}-text-hint`} className="sr-only">
            {t('planner.filter.searchHint')}
          </span>
        </div>
        <button
          type="button"
          className="button button-secondary filter-toggle"
          aria-expanded={open}
          aria-controls={`${id}-filters`}
          onClick={() => setOpen(!open)}
        >
          {narrowing > 0
            ? t('planner.filter.toggleActive', { count: narrowing })
            : t('planner.filter.toggle')}
        </button>
        <button
          type="button"
          className="button button-tertiary filter-reset"
          disabled={!isFiltered(filter)}
          onClick={reset}
        >
          {t('planner.filter.reset')}
        </button>
      </div>
      <div id={`${id}-filters`} className="filter-fields" hidden={!open}>
        {select('status', t('planner.filter.status'), enumOptions(t).activityStatus)}
        {select('ownerId', t('planner.filter.owner'), [
          { value: NO_OWNER, label: t('planner.filter.noOwner') },
          ...doc.members.map((m) => ({ value: m.id, label: m.name })),
        ])}
        {select(
          'competenceId',
          t('planner.filter.competence'),
          doc.competences.map((c) => ({ value: c.id, label: c.title })),
        )}
        {select(
          'targetGroupId',
          t('planner.filter.targetGroup'),
          doc.targetGroups.map((g) => ({ value: g.id, label: g.name })),
        )}
        {date('from', t('planner.filter.from'))}
        {date('to', t('planner.filter.to'))}
      </div>
    </search>
  );
}
