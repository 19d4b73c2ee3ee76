import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_FIELD_INFO, type FundingRules } from '../../../shared/funding';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import { RulesJsonEditor } from './RulesJsonEditor';

/**
 * The fund's rules as the plan uses them, in plain words: when they were last checked, each
 * rule and what it does, and what an application must hold. Editable as JSON; resettable.
 */
export function FundingRulesPanel({ rules, own }: { rules: FundingRules; own: boolean }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const format = useFormat();
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const updatePlan = useAppStore((s) => s.updatePlan);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);

  const close = (saved: string) => {
    setEditing(false);
    setMessage(saved);
    // The editor is gone; the button that opened it is where the keyboard continues.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <section className="funding-rules" aria-labelledby="funding-rules-heading">
      <h3 id="funding-rules-heading">{t('year.funding.rulesHeading')}</h3>
      <p className="funding-checked">
        {t('year.funding.rulesChecked', { date: format.date(rules.checkedAt) })}
      </p>
      <p>{own ? t('year.funding.rulesOwn') : t('year.funding.rulesDefault')}</p>
      <p>{rules.note[language]}</p>
      <p className="block-hint">
        {t('year.funding.rulesSource', { source: rules.source[language] })}
      </p>
      <ul className="funding-rule-list" aria-label={t('year.funding.rulesListLabel')}>
        {rules.rules.map((rule) => (
          <li key={rule.id}>
            <span className={`funding-effect funding-effect-${rule.effect}`}>
              {t(`year.funding.effect.${rule.effect}`)}
            </span>
            <strong>{rule.title[language]}.</strong> {rule.explanation[language]}
          </li>
        ))}
      </ul>
      <p>
        {t('year.funding.requiredFields', {
          fields: rules.requiredFields.map((f) => FUNDING_FIELD_INFO[f].label[language]).join(', '),
        })}
      </p>
      <p>{t('year.funding.reminderDays', { count: rules.approvalReminderDays })}</p>
      {!readOnly &&
        (editing ? (
          <RulesJsonEditor
            rules={rules}
            onClose={() => close('')}
            onSaved={() => close(t('year.funding.rulesSaved'))}
          />
        ) : (
          <div className="funding-rules-tools">
            <button
              ref={editButton}
              type="button"
              className="button button-secondary"
              onClick={() => {
                setMessage('');
                setEditing(true);
              }}
            >
              {t('year.funding.editRules')}
            </button>
            {own && (
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => {
                  void updatePlan({ fundingRules: null }).then((done) => {
                    if (done) setMessage(t('year.funding.rulesReset'));
                  });
                }}
              >
                {t('year.funding.resetRules')}
              </button>
            )}
          </div>
        ))}
      <p role="status" className="funding-rules-message">
        {message}
      </p>
    </section>
  );
}
