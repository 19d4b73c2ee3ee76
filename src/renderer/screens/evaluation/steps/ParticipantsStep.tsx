import { useTranslation } from 'react-i18next';
import type { EvaluationFigures } from '../../../../shared/evaluation';
import { useFormat } from '../../../i18n/use-format';
import { FactList } from './FactList';

/** People planned and reached by the activities that ended in the period. */
export function ParticipantsStep({ figures }: { figures: EvaluationFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = figures.participants;
  return (
    <FactList
      items={[
        [t('evaluation.participants.planned'), format.number(p.planned)],
        [t('evaluation.participants.reached'), format.number(p.reached)],
        [
          t('evaluation.participants.share'),
          p.share === null
            ? t('evaluation.participants.nobodyPlanned')
            : format.percent(Math.round(p.share * 100)),
        ],
      ]}
    />
  );
}
