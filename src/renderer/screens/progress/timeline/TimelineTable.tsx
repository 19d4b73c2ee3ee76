import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Activity } from '../../../../shared/model/entities';
import { NotSet } from '../../../components/NotSet';
import { memoOnLists } from '../../../components/memo-on-lists';
import { useFormat } from '../../../i18n/use-format';
import { createLookup, namesOf } from '../../../components/lookup';
import { sectionId } from '../../../components/Screen';
import { useGoToActivity } from '../go-to';
import type { Grouping } from './timeline-rows';
import { useRowWindow } from './use-row-window';

/** A row of one line; a row whose title wraps is measured once drawn. */
const ROW_ESTIMATE = 41;
const COLUMNS = 6;

/** Every activity once, by its first date; those without dates last. Once per activities list. */
const inDateOrder = memoOnLists((activities: WindowDocument['activities']) =>
  [...activities].sort((a, b) =>
    (a.start ?? a.end ?? '9999').localeCompare(b.start ?? b.end ?? '9999'),
  ),
);

/**
 * The timeline as a table: every activity once, with its dates, status and what it serves. Of a
 * long plan only the rows in the browser window, and a few beyond, are in the page, as with the
 * bars; the table tells its full number of rows, and each row its place, with `aria-rowcount`
 * and `aria-rowindex`.
 */
export function TimelineTable({ doc, grouping }: { doc: WindowDocument; grouping: Grouping }) {
  const { t } = useTranslation();
  const format = useFormat();
  const goTo = useGoToActivity();
  const lookup = createLookup(doc);
  const sorted = inDateOrder(doc.activities);
  const { rows: rowWindow, chartRef } = useRowWindow(sorted.length, [], ROW_ESTIMATE);
  const open = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    goTo(id);
  };
  const drawn = rowWindow.getVirtualItems();
  const margin = rowWindow.options.scrollMargin;
  const above = (drawn[0]?.start ?? margin) - margin;
  const below = rowWindow.getTotalSize() - ((drawn.at(-1)?.end ?? margin) - margin);

  const row = (a: Activity, index: number) => {
    const groups =
      grouping === 'competence'
        ? namesOf(a.competenceIds, lookup.competence)
        : namesOf(a.targetGroupIds, (g) => lookup.targetGroup(g));
    return (
      <tr key={a.id} ref={rowWindow.measureElement} data-index={index} aria-rowindex={index + 2}>
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
  };
  // The space of the rows not drawn, so the page is as long as the whole table.
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} aria-hidden="true" className="timeline-table-spacer">
        <td colSpan={COLUMNS} style={{ height }} />
      </tr>
    );

  return (
    <div className="table-scroll">
      <table
        className="table table--compact chart-table timeline-table"
        aria-rowcount={sorted.length + 1}
      >
        <caption className="sr-only">{t('progress.timeline.tableCaption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
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
        <tbody ref={chartRef}>
          {spacer(above, 'above')}
          {drawn.map((item) => {
            const a = sorted[item.index];
            return a ? row(a, item.index) : null;
          })}
          {spacer(below, 'below')}
        </tbody>
      </table>
    </div>
  );
}
