import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES } from '../../../../shared/model/enums';
import type { StatusCounts } from '../../../../shared/progress';
import { FigureTable } from '../../../components/FigureTable';
import { useFormat } from '../../../i18n/use-format';
import { ChartFigure } from '../charts/ChartFigure';
import { STATUS_SWATCH } from '../charts/chart-style';
import { HBarChart } from '../charts/HBarChart';

/** How many activities have each status: bars with the small table beside them. */
export function StatusChart({ counts }: { counts: StatusCounts }) {
  const { t } = useTranslation();
  const format = useFormat();
  const total = ACTIVITY_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const summary = ACTIVITY_STATUSES.map((s) =>
    t('progress.overview.statusPart', {
      status: t(`enums.activityStatus.${s}`),
      number: format.number(counts[s]),
    }),
  );
  return (
    <ChartFigure
      heading={t('progress.overview.byStatus')}
      tableBeside
      chart={
        <HBarChart
          width={440}
          labelWidth={110}
          valueWidth={50}
          label={t('progress.overview.byStatusChart', { parts: format.list(summary) })}
          rows={ACTIVITY_STATUSES.map((s) => ({
            key: s,
            label: t(`enums.activityStatus.${s}`),
            bars: [
              {
                key: 'count',
                value: counts[s],
                text: format.number(counts[s]),
                swatch: STATUS_SWATCH[s],
              },
            ],
          }))}
        />
      }
      table={
        <FigureTable
          className="chart-table"
          caption={t('progress.overview.byStatus')}
          captionHidden
          rowHeader={{
            header: t('progress.overview.status'),
            cell: (s) => (
              <span className={`status-tag status-${s}`}>{t(`enums.activityStatus.${s}`)}</span>
            ),
          }}
          columns={[
            {
              key: 'count',
              header: t('progress.overview.count'),
              numeric: true,
              cell: (s) => format.number(counts[s]),
              total: format.number(total),
            },
          ]}
          rows={ACTIVITY_STATUSES}
          rowKey={(s) => s}
          totalLabel={t('common.total')}
        />
      }
    />
  );
}
