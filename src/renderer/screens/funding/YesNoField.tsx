import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../components/fields/use-read-only';

type Answer = boolean | null;

/** A yes/no question as three radio buttons; "Ved ikke" is the honest answer until it is known. */
export function YesNoField({
  question,
  value,
  onCommit,
}: {
  question: string;
  value: Answer;
  onCommit: (value: Answer) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const readOnly = useReadOnly();
  // The answer shows at once; the saved value (after the save, an undo or a refusal) wins when it comes.
  const [shown, setShown] = useState<Answer>(value);
  const [saved, setSaved] = useState<Answer>(value);
  if (saved !== value) {
    setSaved(value);
    setShown(value);
  }
  const choices: { value: Answer; label: string; key: string }[] = [
    { value: true, label: t('year.funding.yes'), key: 'yes' },
    { value: false, label: t('year.funding.no'), key: 'no' },
    { value: null, label: t('year.funding.unknown'), key: 'unknown' },
  ];
  return (
    <fieldset className="form-group field yes-no-group">
      <legend className="form-label">{question}</legend>
      <div className="yes-no-options">
        {choices.map((choice) => (
          <div key={choice.key} className="form-group-radio">
            <input
              type="radio"
              className="form-radio"
              id={`${name}-${choice.key}`}
              name={name}
              checked={shown === choice.value}
              disabled={readOnly}
              onChange={() => {
                if (shown === choice.value) return;
                setShown(choice.value);
                onCommit(choice.value);
              }}
            />
            <label className="form-label" htmlFor={`${name}-${choice.key}`}>
              {choice.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
