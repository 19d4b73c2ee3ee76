import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its heading and the same figures as a table: beside the chart when the table is
 * small, otherwise on request with "Vis som tabel", which shows the table in the chart's place.
 */
export function ChartFigure({
  heading,
  intro,
  chart,
  table,
  legend,
  tableBeside = false,
  className,
}: {
  heading: string;
  intro?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
  tableBeside?: boolean;
  className?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const headingId = `${id}-heading`;
  const bodyId = `${id}-body`;
  return (
    <div
      role="group"
      className={['chart-figure', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <div className="chart-figure-head">
        <h3 id={headingId}>{heading}</h3>
        {!tableBeside && (
          <button
            type="button"
            className="button button-tertiary button-small chart-table-toggle"
            aria-pressed={asTable}
            aria-controls={bodyId}
            onClick={() => setAsTable((was) => !was)}
          >
            {t('progress.chart.showTable')}
          </button>
        )}
      </div>
      {intro}
      <div
        id={bodyId}
        className={tableBeside ? 'chart-figure-body chart-beside' : 'chart-figure-body'}
      >
        {tableBeside ? (
          <>
            <div className="chart-figure-chart">
              {chart}
              {legend}
            </div>
            <div className="chart-figure-table">{table}</div>
          </>
        ) : asTable ? (
          <div className="chart-figure-table">{table}</div>
        ) : (
          <div className="chart-figure-chart">
            {chart}
            {legend}
          </div>
        )}
      </div>
    </div>
  );
}
