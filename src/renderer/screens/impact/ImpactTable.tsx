import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import { NotSet } from '../../components/NotSet';
import { useFormat } from '../../i18n/use-format';
import { createLookup, namesOf } from '../../components/lookup';
import { linkedTo } from '../../../shared/model/group-by-link';
import { servingActivities } from './impact-figures';

/**
 * The map as a table: each competence with its why, its who, its objectives and its activities;
 * when the map counts the activities (`counted`), the table gives their number too.
 */
export function ImpactTable({ doc, counted }: { doc: WindowDocument; counted: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lookup = createLookup(doc);
  const serving = servingActivities(doc.activities);
  const list = (names: string[]) => (names.length === 0 ? <NotSet /> : format.list(names));
  const activityCount = (count: number) =>
    count === 0 ? (
      <NotSet />
    ) : (
      t('progress.impact.activityCount', { count, number: format.number(count) })
    );
  return (
    <div className="table-scroll">
      <table className="table table--compact chart-table impact-table">
        <caption className="sr-only">{t('progress.impact.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.impact.columns.competence')}</th>
            <th scope="col">{t('progress.impact.columns.objectives')}</th>
            <th scope="col">{t('progress.impact.columns.drivers')}</th>
            <th scope="col">{t('progress.impact.columns.targetGroups')}</th>
            <th scope="col">{t('progress.impact.columns.activities')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.competences.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.title}</th>
              <td>
                {c.learningObjectives.length === 0 ? (
                  <NotSet />
                ) : (
                  <ul className="cell-list no-max-width">
                    {c.learningObjectives.map((o, i) => (
                      <li key={i}>{o}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{list(namesOf(c.driverIds, lookup.driver))}</td>
              <td>{list(namesOf(c.targetGroupIds, (g) => lookup.targetGroup(g)))}</td>
              <td>
                {counted
                  ? activityCount(linkedTo(serving, c.id).length)
                  : list(linkedTo(serving, c.id).map((a) => a.title))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
