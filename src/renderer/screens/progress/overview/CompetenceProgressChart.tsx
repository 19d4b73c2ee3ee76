import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/model/entities';
import type { CompetenceProgress } from '../../../../shared/progress';
import { FigureTable } from '../../../components/FigureTable';
import { memoOnLists } from '../../../components/memo-on-lists';
import { NotSet } from '../../../components/NotSet';
import { WindowedList } from '../../../components/WindowedList';
import { useFormat } from '../../../i18n/use-format';
import { ChartFigure } from '../charts/ChartFigure';
import { PROGRESS_SWATCH } from '../charts/chart-style';
import { HBarChart } from '../charts/HBarChart';

// Once per activities list, and only when the table names them: built on every drawing, it took
// 35 ms of each opening at 20,000; built at the first drawing, still a long task of its own.
const activitiesById = memoOnLists(
  (activities: readonly Activity[]) => new Map(activities.map((a) => [a.id, a])),
);

/** Per competence, how far the activities that serve it have come together. */
export function CompetenceProgressChart({
  competences,
  activities,
}: {
  competences: readonly CompetenceProgress[];
  activities: readonly Activity[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (competences.length === 0) {
    return (
      <div role="group" className="chart-figure" aria-labelledby="progress-competences">
        <h3 id="progress-competences">{t('progress.overview.competencesHeading')}</h3>
        <p className="empty-text">{t('progress.overview.competencesEmpty')}</p>
      </div>
    );
  }
  const valueText = (c: CompetenceProgress) =>
    c.progress.percent === null
      ? t('progress.overview.noActivities')
      : t('progress.overview.competenceValue', {
          percent: format.percent(Math.round(c.progress.percent)),
          count: c.activityIds.length,
        });
  return (
    <ChartFigure
      heading={t('progress.overview.competencesHeading')}
      intro={<p className="chart-intro">{t('progress.overview.competencesIntro')}</p>}
      chart={
        <HBarChart
          width={900}
          labelWidth={330}
          valueWidth={190}
          max={100}
          label={t('progress.overview.competencesChart', {
            parts: competences.map((c) => `${c.title}: ${valueText(c)}`).join('. '),
          })}
          rows={competences.map((c) => ({
            key: c.competenceId,
            label: c.title,
            bars: [
              {
                key: 'progress',
                value: c.progress.percent ?? 0,
                text: valueText(c),
                swatch: PROGRESS_SWATCH,
              },
            ],
          }))}
        />
      }
      table={
        <FigureTable
          scroll
          className="chart-table"
          caption={t('progress.overview.competencesHeading')}
          captionHidden
          rowHeader={{ header: t('progress.overview.competence'), cell: (c) => c.title }}
          columns={[
            {
              key: 'activities',
              header: t('progress.overview.servingActivities'),
              cell: (c) =>
                c.activityIds.length === 0 ? (
                  t('progress.overview.noActivities')
                ) : (
                  <WindowedList
                    className="cell-list"
                    count={c.activityIds.length}
                    itemKey={(i) => c.activityIds[i] ?? String(i)}
                    estimateSize={24}
                    name={{ label: c.title }}
                    renderItem={(i) => {
                      const a = activitiesById(activities).get(c.activityIds[i] ?? '');
                      return a
                        ? t('progress.overview.activityInCell', {
                            title: a.title,
                            status: t(`enums.activityStatus.${a.status}`),
                            progress: format.percent(a.progress),
                          })
                        : null;
                    }}
                  />
                ),
            },
            {
              key: 'progress',
              header: t('progress.overview.combinedProgress'),
              numeric: true,
              cell: (c) =>
                c.progress.percent === null ? (
                  <NotSet />
                ) : (
                  format.percent(Math.round(c.progress.percent))
                ),
            },
          ]}
          rows={competences}
          rowKey={(c) => c.competenceId}
        />
      }
    />
  );
}
