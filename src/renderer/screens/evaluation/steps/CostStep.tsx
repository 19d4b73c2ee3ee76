import { useTranslation } from 'react-i18next';
import type { EvaluationFigures } from '../../../../shared/evaluation';
import { FigureTable } from '../../../components/FigureTable';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store';
import { FactList } from './FactList';

/** Cost against budget for the activities that ended in the period. */
export function CostStep({ figures }: { figures: EvaluationFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { cost } = figures;
  // A source with nothing planned or spent (e.g. "not stated" on free activities) says nothing.
  const sources = cost.bySource.filter((source) => source.planned !== 0 || source.spent !== 0);
  const language = useAppStore((s) => s.language);
  return (
    <div>
      <FactList
        items={[
          [t('evaluation.cost.budget'), format.money(cost.planned)],
          [t('evaluation.cost.spent'), format.money(cost.spent)],
          cost.remaining < 0
            ? [t('evaluation.cost.overspent'), format.money(-cost.remaining)]
            : [t('evaluation.cost.remaining'), format.money(cost.remaining)],
          [
            t('evaluation.cost.share'),
            cost.share === null
              ? t('evaluation.cost.noBudget')
              : format.percent(Math.round(cost.share * 100)),
          ],
        ]}
      />
      {sources.length > 0 && (
        <FigureTable
          className="evaluation-table"
          caption={t('evaluation.cost.bySource')}
          rowHeader={{ header: t('evaluation.cost.source'), cell: (s) => s.label[language] }}
          columns={[
            {
              key: 'planned',
              header: t('evaluation.cost.budget'),
              numeric: true,
              cell: (s) => format.money(s.planned),
            },
            {
              key: 'spent',
              header: t('evaluation.cost.spent'),
              numeric: true,
              cell: (s) => format.money(s.spent),
            },
          ]}
          rows={sources}
          rowKey={(s) => s.key ?? ''}
        />
      )}
      <p className="block-hint">{t('evaluation.cost.note')}</p>
    </div>
  );
}
