import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/model/entities';
import { EditableText, TextListEditor } from '../../../components/fields';
import { ReadText } from '../ReadText';
import { useEvaluationEdit } from '../use-evaluation-edit';

/** The committee's conclusions, and its decisions for next year as a list. */
export function ConclusionsStep({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { update, key, locked } = useEvaluationEdit(evaluation);
  if (locked) {
    return (
      <>
        <ReadText
          label={t('evaluation.conclusions.label')}
          text={evaluation.conclusions}
          empty={t('evaluation.read.empty')}
        />
        <p className="form-label">{t('evaluation.conclusions.decisions')}</p>
        {evaluation.decisions.length === 0 ? (
          <p className="empty-text">{t('evaluation.read.empty')}</p>
        ) : (
          <ol className="evaluation-decisions">
            {evaluation.decisions.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ol>
        )}
      </>
    );
  }
  return (
    <>
      <EditableText
        className="field-wide"
        label={t('evaluation.conclusions.label')}
        hint={t('evaluation.conclusions.hint')}
        value={evaluation.conclusions}
        multiline
        errorKey={key('conclusions')}
        onCommit={(conclusions) => update({ conclusions })}
      />
      <TextListEditor
        label={t('evaluation.conclusions.decisions')}
        hint={t('evaluation.conclusions.decisionsHint')}
        items={evaluation.decisions}
        addLabel={t('evaluation.conclusions.addDecision')}
        errorKey={key('decisions')}
        onCommit={(decisions) => update({ decisions })}
      />
    </>
  );
}
