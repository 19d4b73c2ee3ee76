import { useTranslation } from 'react-i18next';
import {
  FUNDING_FIELD_INFO,
  FUNDING_FIELDS,
  FUNDING_SCOPE_LABELS,
  FUNDING_SCOPES,
  type FundingApplication,
  type FundingField,
} from '../../../shared/funding';
import {
  EditableDate,
  EditableNumber,
  EditableSelect,
  EditableText,
  FieldError,
} from '../../components/fields';
import { fieldKey, useAppStore } from '../../store';
import { YesNoField } from './YesNoField';

const blankToNull = (text: string) => (text.trim() === '' ? null : text);

/**
 * What an application to the fund will ask for, prefilled from the activity. Each answer saves the
 * whole application on the activity, so the verdict above changes as soon as it is given.
 */
export function ApplicationFields({
  activityId,
  application,
}: {
  activityId: string;
  application: FundingApplication;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const updateEntity = useAppStore((s) => s.updateEntity);
  const save = (field: FundingField, value: FundingApplication[FundingField]) =>
    updateEntity({
      entity: 'activity',
      id: activityId,
      // Each editor below gives its field a value of that field's own type; the core checks again.
      patch: { fundingApplication: { ...application, [field]: value } },
    });

  const editor = (field: FundingField) => {
    const info = FUNDING_FIELD_INFO[field];
    const label = info.label[language];
    const hint = info.question?.[language];
    switch (info.type) {
      case 'text':
        return (
          <EditableText
            key={field}
            label={label}
            hint={hint}
            value={(application[field] as string | null) ?? ''}
            onCommit={(v) => save(field, blankToNull(v))}
          />
        );
      case 'date':
        return (
          <EditableDate
            key={field}
            label={label}
            hint={hint}
            value={application[field] as string | null}
            onCommit={(v) => save(field, v)}
          />
        );
      case 'amount':
        return (
          <EditableNumber
            key={field}
            label={label}
            value={application.amount}
            min={0}
            allowEmpty
            onCommit={(v) => save('amount', v)}
          />
        );
      case 'scope':
        return (
          <EditableSelect
            key={field}
            label={label}
            value={application.scope ?? ''}
            options={[
              { value: '', label: t('year.funding.notSet') },
              ...FUNDING_SCOPES.map((s) => ({
                value: s,
                label: FUNDING_SCOPE_LABELS[s][language],
              })),
            ]}
            onCommit={(v) => save('scope', v === '' ? null : v)}
          />
        );
      case 'yes-no':
        return (
          <div key={field} className="field-wide">
            <YesNoField
              question={hint ?? label}
              value={application[field] as boolean | null}
              onCommit={(v) => void save(field, v)}
            />
          </div>
        );
    }
  };

  return (
    <div className="funding-fields">
      <h4>{t('year.funding.fieldsHeading')}</h4>
      <p className="block-hint">{t('year.funding.fieldsHint')}</p>
      <FieldError errorKey={fieldKey('activity', activityId, 'fundingApplication')} />
      <div className="field-grid">{FUNDING_FIELDS.map(editor)}</div>
    </div>
  );
}
