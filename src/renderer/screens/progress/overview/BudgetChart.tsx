import { useTranslation } from 'react-i18next';
import type { BudgetTotals } from '../../../../shared/progress';
import { FigureTable } from '../../../components/FigureTable';
import { useAppStore } from '../../../store';
import { useFormat } from '../../../i18n/use-format';
import { ChartFigure } from '../charts/ChartFigure';
import { PLANNED_SWATCH, SPENT_SWATCH } from '../charts/chart-style';
import { HBarChart } from '../charts/HBarChart';
import { Legend } from '../charts/Legend';

/** Budget and money spent per funding source, so the committee sees which pot runs low. */
export function BudgetChart({ budget }: { budget: BudgetTotals }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const sources = budget.bySource;
  if (sources.length === 0) {
    return (
      <div role="group" className="chart-figure" aria-labelledby="progress-budget">
        <h3 id="progress-budget">{t('progress.overview.budgetHeading')}</h3>
        <p className="empty-text">{t('progress.overview.budgetEmpty')}</p>
      </div>
    );
  }
  const summary = sources.map((s) =>
    t('progress.overview.budgetPart', {
      source: s.label[language],
      planned: format.money(s.planned),
      spent: format.money(s.spent),
    }),
  );
  return (
    <ChartFigure
      heading={t('progress.overview.budgetHeading')}
      chart={
        <HBarChart
          width={900}
          labelWidth={300}
          valueWidth={220}
          label={t('progress.overview.budgetChart', { parts: summary.join('; ') })}
          rows={sources.map((s) => ({
            key: s.key ?? '',
            label: s.label[language],
            bars: [
              {
                key: 'planned',
                value: s.planned,
                text: t('progress.overview.budgetBar', { amount: format.money(s.planned) }),
                swatch: PLANNED_SWATCH,
              },
              {
                key: 'spent',
                value: s.spent,
                text: t('progress.overview.spentBar', { amount: format.money(s.spent) }),
                swatch: SPENT_SWATCH,
              },
            ],
          }))}
        />
      }
      legend={
        <Legend
          items={[
            { key: 'planned', label: t('progress.overview.budget'), swatch: PLANNED_SWATCH },
            { key: 'spent', label: t('progress.overview.spent'), swatch: SPENT_SWATCH },
          ]}
        />
      }
      table={
        <FigureTable
          scroll
          className="chart-table"
          caption={t('progress.overview.budgetHeading')}
          captionHidden
          rowHeader={{
            header: t('progress.overview.fundingSource'),
            cell: (s) => s.label[language],
          }}
          columns={[
            {
              key: 'planned',
              header: t('progress.overview.budget'),
              numeric: true,
              nowrap: true,
              cell: (s) => format.money(s.planned),
              total: format.money(budget.planned),
            },
            {
              key: 'spent',
              header: t('progress.overview.spent'),
              numeric: true,
              nowrap: true,
              cell: (s) => format.money(s.spent),
              total: format.money(budget.spent),
            },
            {
              key: 'remaining',
              header: t('progress.overview.remaining'),
              numeric: true,
              nowrap: true,
              cell: (s) => format.money(s.planned - s.spent),
              total: format.money(budget.remaining),
            },
            {
              key: 'activities',
              header: t('progress.overview.activityCount'),
              numeric: true,
              cell: (s) => format.number(s.activityIds.length),
              total: format.number(sources.reduce((n, s) => n + s.activityIds.length, 0)),
            },
          ]}
          rows={sources}
          rowKey={(s) => s.key ?? ''}
          totalLabel={t('common.total')}
        />
      }
    />
  );
}
