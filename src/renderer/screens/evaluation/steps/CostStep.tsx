import { useTranslation } from 'react-i18next';
import type { EvaluationFigures } from '../../../../shared/evaluation';
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
        <table className="table table--compact evaluation-table">
          <caption>{t('evaluation.cost.bySource')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('evaluation.cost.source')}</th>
              <th scope="col" className="numeric">
                {t('evaluation.cost.budget')}
              </th>
              <th scope="col" className="numeric">
                {t('evaluation.cost.spent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.key ?? ''}>
                <th scope="row">{s.label[language]}</th>
                <td className="numeric">{format.money(s.planned)}</td>
                <td className="numeric">{format.money(s.spent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="block-hint">{t('evaluation.cost.note')}</p>
    </div>
  );
}
