import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import { NotSet } from '../../../components/NotSet';
import { useFormat } from '../../../i18n/use-format';
import { createLookup, namesOf } from '../../../components/lookup';
import { sectionId } from '../../../components/Screen';
import { useGoToActivity } from '../go-to';
import type { Grouping } from './timeline-rows';

/** The timeline as a table: every activity once, with its dates, status and what it serves. */
export function TimelineTable({ doc, grouping }: { doc: WindowDocument; grouping: Grouping }) {
  const { t } = useTranslation();
  const format = useFormat();
  const goTo = useGoToActivity();
  const lookup = createLookup(doc);
  const open = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    goTo(id);
  };
  const sorted = [...doc.activities].sort((a, b) =>
    (a.start ?? a.end ?? '9999').localeCompare(b.start ?? b.end ?? '9999'),
  );
  return (
    <div className="table-scroll">
      <table className="table table--compact chart-table timeline-table">
        <caption className="sr-only">{t('progress.timeline.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.timeline.activityColumn')}</th>
            <th scope="col">{t('progress.timeline.start')}</th>
            <th scope="col">{t('progress.timeline.end')}</th>
            <th scope="col">{t('progress.timeline.status')}</th>
            <th scope="col" className="numeric">
              {t('progress.timeline.progress')}
            </th>
            <th scope="col">
              {grouping === 'competence'
                ? t('progress.timeline.competences')
                : t('progress.timeline.targetGroups')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => {
            const groups =
              grouping === 'competence'
                ? namesOf(a.competenceIds, lookup.competence)
                : namesOf(a.targetGroupIds, (g) => lookup.targetGroup(g));
            return (
              <tr key={a.id}>
                <th scope="row">
                  <a href={`#${sectionId('activities')}`} onClick={open(a.id)}>
                    {a.title}
                  </a>
                </th>
                <td className="nowrap">{a.start ? format.date(a.start) : <NotSet />}</td>
                <td className="nowrap">{a.end ? format.date(a.end) : <NotSet />}</td>
                <td>
                  <span className={`status-tag status-${a.status}`}>
                    {t(`enums.activityStatus.${a.status}`)}
                  </span>
                </td>
                <td className="numeric">{format.percent(a.progress)}</td>
                <td>{groups.length === 0 ? <NotSet /> : format.list(groups)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
