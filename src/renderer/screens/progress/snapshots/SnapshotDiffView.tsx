import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES } from '../../../../shared/model/enums';
import {
  shownProgressChange,
  type ActivityRef,
  type Delta,
  type SnapshotDiff,
} from '../../../../shared/progress';
import { FigureTable } from '../../../components/FigureTable';
import { WindowedList } from '../../../components/WindowedList';
import { useFormat } from '../../../i18n/use-format';

/**
 * What moved between two marked statuses, in figures and by name. The labels name the two ends
 * when their dates alone do not (two statuses marked on one day).
 */
export function SnapshotDiffView({
  diff,
  labels,
}: {
  diff: SnapshotDiff;
  labels?: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const signed = (n: number, show: (v: number) => string) =>
    n === 0 ? show(0) : `${n > 0 ? '+' : '−'}${show(Math.abs(n))}`;
  const money = (d: Delta) =>
    t('progress.snapshots.fromTo', {
      from: format.money(d.from),
      to: format.money(d.to),
      change: signed(d.change, format.money),
    });
  const count = (d: Delta) =>
    t('progress.snapshots.fromTo', {
      from: format.number(d.from),
      to: format.number(d.to),
      change: signed(d.change, format.number),
    });
  const p = shownProgressChange(diff.progress);
  const progressText =
    p === null
      ? t('progress.snapshots.progressUnknown')
      : t('progress.snapshots.progressFromTo', {
          from: format.percent(p.from),
          to: format.percent(p.to),
          change: signed(p.change, format.number),
        });
  // Between two statuses of a large plan thousands of activities can move: the lists draw what
  // is in view.
  const refs = (heading: string, items: readonly ActivityRef[]) =>
    items.length === 0 ? null : (
      <div>
        <h5>{heading}</h5>
        <WindowedList
          count={items.length}
          itemKey={(i) => items[i]?.activityId ?? String(i)}
          estimateSize={24}
          name={{ label: heading }}
          renderItem={(i) => {
            const a = items[i];
            return a
              ? t('progress.snapshots.activityRef', {
                  title: a.title,
                  status: t(`enums.activityStatus.${a.status}`),
                })
              : null;
          }}
        />
      </div>
    );
  const movedItem = (m: SnapshotDiff['moved'][number]) => (
    <>
      <strong>{m.title}</strong>
      {': '}
      {[
        m.status &&
          t('progress.snapshots.statusMove', {
            from: t(`enums.activityStatus.${m.status.from}`),
            to: t(`enums.activityStatus.${m.status.to}`),
          }),
        m.progress &&
          t('progress.snapshots.progressMove', {
            from: format.percent(m.progress.from),
            to: format.percent(m.progress.to),
          }),
        m.spent &&
          t('progress.snapshots.spentMove', {
            change: signed(m.spent.change, format.money),
          }),
        m.participantsReached &&
          t('progress.snapshots.reachedMove', {
            change: signed(m.participantsReached.change, format.number),
          }),
      ]
        .filter((part): part is string => typeof part === 'string')
        .join(', ')}
    </>
  );

  return (
    <div className="snapshot-diff">
      <h4>
        {t('progress.snapshots.diffHeading', {
          from: labels?.from ?? format.date(diff.from),
          to: labels?.to ?? format.date(diff.to),
          count: diff.days,
          days: format.number(diff.days),
        })}
      </h4>
      <dl className="key-figures snapshot-figures">
        <div>
          <dt>{t('progress.snapshots.progress')}</dt>
          <dd>{progressText}</dd>
        </div>
        <div>
          <dt>{t('progress.snapshots.planned')}</dt>
          <dd>{money(diff.budget.planned)}</dd>
        </div>
        <div>
          <dt>{t('progress.snapshots.spent')}</dt>
          <dd>{money(diff.budget.spent)}</dd>
        </div>
        <div>
          <dt>{t('progress.snapshots.reached')}</dt>
          <dd>{count(diff.participants.reached)}</dd>
        </div>
      </dl>
      <FigureTable
        className="chart-table"
        caption={t('progress.snapshots.statusCaption')}
        rowHeader={{
          header: t('progress.overview.status'),
          cell: (s) => t(`enums.activityStatus.${s}`),
        }}
        columns={[
          {
            key: 'before',
            header: t('progress.snapshots.before'),
            numeric: true,
            cell: (s) => format.number(diff.byStatus[s].from),
          },
          {
            key: 'after',
            header: t('progress.snapshots.after'),
            numeric: true,
            cell: (s) => format.number(diff.byStatus[s].to),
          },
          {
            key: 'change',
            header: t('progress.snapshots.change'),
            numeric: true,
            cell: (s) => signed(diff.byStatus[s].change, format.number),
          },
        ]}
        rows={ACTIVITY_STATUSES}
        rowKey={(s) => s}
      />
      {diff.moved.length > 0 && (
        <div>
          <h5>{t('progress.snapshots.moved')}</h5>
          <WindowedList
            count={diff.moved.length}
            itemKey={(i) => diff.moved[i]?.activityId ?? String(i)}
            estimateSize={24}
            name={{ label: t('progress.snapshots.moved') }}
            renderItem={(i) => {
              const m = diff.moved[i];
              return m ? movedItem(m) : null;
            }}
          />
        </div>
      )}
      {refs(t('progress.snapshots.added'), diff.added)}
      {refs(t('progress.snapshots.removed'), diff.removed)}
      {refs(t('progress.snapshots.newlyOverdue'), diff.newlyOverdue)}
      {refs(t('progress.snapshots.noLongerOverdue'), diff.noLongerOverdue)}
      {diff.competences.length > 0 && (
        <div>
          <h5>{t('progress.snapshots.competences')}</h5>
          <ul className="no-max-width">
            {diff.competences.map((c) => (
              <li key={c.competenceId}>
                {t('progress.snapshots.competenceMove', {
                  title: c.title,
                  from:
                    c.progress.from === null
                      ? t('progress.snapshots.none')
                      : format.percent(Math.round(c.progress.from)),
                  to:
                    c.progress.to === null
                      ? t('progress.snapshots.none')
                      : format.percent(Math.round(c.progress.to)),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {diff.moved.length === 0 &&
        diff.added.length === 0 &&
        diff.removed.length === 0 &&
        diff.competences.length === 0 && (
          <p className="empty-text">{t('progress.snapshots.nothingMoved')}</p>
        )}
    </div>
  );
}
