import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/model/entities';
import { EditableText } from '../../../components/fields';
import { ReadText } from '../ReadText';
import { useEvaluationEdit } from '../use-evaluation-edit';

/** How MUS was used to follow up: the committee's own answer, which § 8 asks for. */
export function MusStep({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { update, key, locked } = useEvaluationEdit(evaluation);
  if (locked) {
    return (
      <ReadText
        label={t('evaluation.mus.label')}
        text={evaluation.musFollowUp}
        empty={t('evaluation.read.empty')}
      />
    );
  }
  return (
    <EditableText
      className="field-wide"
      label={t('evaluation.mus.label')}
      hint={t('evaluation.mus.hint')}
      value={evaluation.musFollowUp}
      multiline
      errorKey={key('musFollowUp')}
      onCommit={(musFollowUp) => update({ musFollowUp })}
    />
  );
}
