import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingRules } from '../../../shared/funding';
import { useAppStore } from '../../store';
import { parseRulesText } from './parse-rules';

/**
 * The rules as JSON text for the committee to correct when the fund changes its own. The text is
 * checked on "Gem regler"; while it is wrong nothing is saved and the errors name the path.
 */
export function RulesJsonEditor({
  rules,
  onClose,
  onSaved,
}: {
  rules: FundingRules;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const updatePlan = useAppStore((s) => s.updatePlan);
  const [text, setText] = useState(() => JSON.stringify(rules, null, 2));
  const [errors, setErrors] = useState<{ kind: 'json' | 'rules'; messages: string[] } | null>(null);

  const save = async () => {
    const parsed = parseRulesText(text, t, language);
    if (!parsed.ok) {
      setErrors({ kind: parsed.kind, messages: parsed.messages });
      return;
    }
    setErrors(null);
    if (await updatePlan({ fundingRules: parsed.rules })) onSaved();
  };

  const invalid = errors !== null;
  return (
    <form
      className="funding-rules-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className={invalid ? 'form-group form-error' : 'form-group'}>
        <label className="form-label" htmlFor={`${id}-text`}>
          {t('year.funding.rulesText')}
        </label>
        <span id={`${id}-hint`} className="form-hint">
          {t('year.funding.rulesTextHint')}
        </span>
        {errors && (
          <div id={`${id}-errors`} className="form-error-message" role="alert">
            {errors.kind === 'json' ? (
              errors.messages[0]
            ) : (
              <>
                {t('year.funding.invalidRules')}
                <ul className="funding-errors">
                  {errors.messages.map((message, i) => (
                    <li key={i}>{message}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        <textarea
          id={`${id}-text`}
          className="form-input"
          spellCheck={false}
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-errors ${id}-hint` : `${id}-hint`}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="funding-rules-tools">
        <button type="submit" className="button button-primary">
          {t('year.funding.saveRules')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('year.funding.closeEditor')}
        </button>
      </div>
    </form>
  );
}
