import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflict } from '../../../shared/api';
import type { MergeChoice } from '../../store/merge-state';
import { ConflictValue } from './ConflictValue';
import {
  asRecord,
  entityLabel,
  evaluationDetails,
  fieldLabel,
  rowDetails,
  showValue,
  type ValueContext,
} from './merge-values';

export type ConflictFlag = 'missing' | 'date-order' | null;

/**
 * One thing the two copies changed differently: which entity and field, both versions side by
 * side, and a radio group to choose one. A row deleted on one side says so in words and shows
 * what the other side kept; two evaluations of one year are shown whole, one of them to keep.
 */
export function ConflictItem({
  conflict,
  choice,
  flag,
  onChoose,
  ctx,
}: {
  conflict: MergeConflict;
  choice: MergeChoice | undefined;
  flag: ConflictFlag;
  onChoose: (choice: MergeChoice) => void;
  ctx: ValueContext;
}) {
  const { t } = useTranslation();
  const id = useId();
  const explainId = `${id}-explain`;
  const flagId = `${id}-flag`;
  const deleteEdit = conflict.kind === 'delete-edit';
  const sameYear = conflict.kind === 'same-year';
  const explanation = deleteEdit
    ? conflict.mine === null
      ? t('sharing.merge.deletedByMine')
      : t('sharing.merge.deletedByTheirs')
    : sameYear
      ? t('sharing.merge.sameYear', { year: conflict.entityTitle })
      : null;
  const described = [explanation ? explainId : null, flag ? flagId : null]
    .filter(Boolean)
    .join(' ');

  const side = (which: MergeChoice): ReactNode => {
    const value = which === 'mine' ? conflict.mine : conflict.theirs;
    if (conflict.field !== null) {
      return <ConflictValue value={showValue(conflict.entityKind, conflict.field, value, ctx)} />;
    }
    const row = asRecord(value);
    if (!row) return <span className="merge-none">{t('sharing.merge.deleted')}</span>;
    const details = sameYear
      ? evaluationDetails(row, ctx)
      : rowDetails(conflict.entityKind, row, ctx);
    return (
      <>
        {!sameYear && <span className="merge-kept">{t('sharing.merge.keptWithChanges')}</span>}
        <dl className="merge-row">
          {details.map((detail) => (
            <div key={detail.field}>
              <dt>{detail.label}</dt>
              <dd>
                <ConflictValue value={detail.value} />
              </dd>
            </div>
          ))}
        </dl>
      </>
    );
  };

  return (
    <li
      className={flag ? 'merge-conflict is-flagged' : 'merge-conflict'}
      data-conflict={conflict.id}
    >
      <fieldset aria-describedby={described || undefined}>
        <legend className="merge-legend">
          <span className="merge-entity">{entityLabel(conflict, ctx)}</span>
          {conflict.field !== null && (
            <>
              {' – '}
              <span className="merge-field">
                {fieldLabel(t, conflict.entityKind, conflict.field)}
              </span>
            </>
          )}
        </legend>
        {explanation && (
          <p className="merge-explain" id={explainId}>
            {explanation}
          </p>
        )}
        {flag && (
          <span className="form-error-message" id={flagId}>
            {flag === 'missing'
              ? t('sharing.merge.missingChoice')
              : t('sharing.merge.dateOrderField')}
          </span>
        )}
        <div className="merge-options">
          {(['mine', 'theirs'] as const).map((which) => (
            <MergeOption
              key={which}
              name={`${id}-choice`}
              label={which === 'mine' ? t('sharing.merge.mine') : t('sharing.merge.theirs')}
              side={which}
              checked={choice === which}
              onChoose={() => onChoose(which)}
            >
              {side(which)}
            </MergeOption>
          ))}
        </div>
      </fieldset>
    </li>
  );
}

function MergeOption({
  name,
  label,
  side,
  checked,
  onChoose,
  children,
}: {
  name: string;
  label: string;
  side: MergeChoice;
  checked: boolean;
  onChoose: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const classes = ['merge-option', `merge-option-${side}`, checked ? 'is-chosen' : '']
    .filter(Boolean)
    .join(' ');
  return (
    // The whole card chooses for a mouse; the radio button is what keyboards and readers use.
    <div className={classes} onClick={onChoose}>
      <div className="form-group-radio">
        <input
          type="radio"
          className="form-radio"
          id={`${id}-radio`}
          name={name}
          value={side}
          checked={checked}
          onChange={onChoose}
          aria-describedby={`${id}-value`}
        />
        <label className="form-label" htmlFor={`${id}-radio`}>
          {label}
        </label>
      </div>
      <div className="merge-value" id={`${id}-value`}>
        {children}
      </div>
    </div>
  );
}
