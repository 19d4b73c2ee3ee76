import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import { FieldError } from '../../../components/fields/FieldError';
import { FigureTable, type FigureColumn } from '../../../components/FigureTable';
import { Icon } from '../../../components/Icon';
import { NotSet } from '../../../components/NotSet';
import { useFormat } from '../../../i18n/use-format';
import { fieldKey, useAppStore } from '../../../store';
import { currentStatus, statusDiff } from '../plan-figures';
import { comesFirst, type MarkedStatus, type SnapshotStore } from './snapshot-store';
import { SnapshotDiffView } from './SnapshotDiffView';
import { useStatusFigures } from './use-status-figures';

const NOW = 'now';

/**
 * "Markér status": the figures of today kept in the plan with their date, and what moved since an
 * earlier status. The comparison defaults to the latest marked status against the plan as it is
 * now, which is the question at the start of a meeting. A read-only plan shows its history only.
 */
export function StatusSnapshots({
  store,
  doc,
  today,
}: {
  store: SnapshotStore;
  doc: WindowDocument;
  today: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const language = useAppStore((s) => s.language);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string>(NOW);

  const list = store.list;
  const current = currentStatus(doc, today);
  // A choice whose status has since been deleted falls back to the default.
  const from = list.find((s) => s.id === fromId) ?? list.at(-1) ?? null;
  const toStatus = list.find((s) => s.id === toId) ?? null;
  // The window holds each status's summary; the figures of the two compared come when asked for.
  const compared = useMemo(
    () => (from ? [from, ...(toStatus && toStatus !== from ? [toStatus] : [])] : []),
    [from, toStatus],
  );
  const figures = useStatusFigures(store.figures, compared);
  // Two statuses marked on one day are told apart by their number that day.
  const labels = useMemo(() => {
    const perDay = new Map<string, number>();
    for (const s of list) perDay.set(s.date, (perDay.get(s.date) ?? 0) + 1);
    const seen = new Map<string, number>();
    return new Map(
      list.map((s) => {
        const n = (seen.get(s.date) ?? 0) + 1;
        seen.set(s.date, n);
        const date = format.date(s.date);
        return [
          s.id,
          (perDay.get(s.date) ?? 0) > 1 ? t('progress.snapshots.sameDay', { date, n }) : date,
        ];
      }),
    );
  }, [list, format, t]);
  const labelOf = (s: MarkedStatus) => labels.get(s.id) ?? format.date(s.date);
  const laterLabel = toStatus ? labelOf(toStatus) : format.date(today);

  const mark = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      if (await store.add(current, note.trim())) {
        setNote('');
        setFromId(null);
        setAnnouncement(t('progress.snapshots.marked', { date: format.date(today) }));
      }
    } finally {
      setSaving(false);
    }
  };

  const remove = async (status: MarkedStatus) => {
    if (await store.remove(status, labelOf(status))) headingRef.current?.focus();
  };

  const comparison = (() => {
    const [fromFigures, toFigures] = figures.state === 'ready' ? figures.figures : [];
    if (!from || !fromFigures) return null;
    const later = toStatus ? (toFigures ?? fromFigures) : current;
    return comesFirst(list, from, toStatus, today)
      ? {
          diff: statusDiff(fromFigures, later),
          labels: { from: labelOf(from), to: laterLabel },
        }
      : {
          diff: statusDiff(later, fromFigures),
          labels: { from: laterLabel, to: labelOf(from) },
        };
  })();

  const percent = (value: number | null) =>
    value === null ? <NotSet /> : format.percent(Math.round(value));

  const removeColumn: FigureColumn<MarkedStatus> = {
    key: 'remove',
    header: <span className="sr-only">{t('progress.snapshots.actions')}</span>,
    cell: (s) => (
      <button
        type="button"
        className="button button-tertiary button-small"
        aria-label={t('progress.snapshots.removeItem', { date: format.date(s.date) })}
        onClick={() => void remove(s)}
      >
        {t('progress.snapshots.remove')}
      </button>
    ),
  };

  return (
    <div role="group" className="plan-block status-snapshots" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('progress.snapshots.heading')}
      </h3>
      <p className="chart-intro">{t('progress.snapshots.intro')}</p>
      {!readOnly && (
        <form className="snapshot-mark" onSubmit={(e) => void mark(e)}>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-note`}>
              {t('progress.snapshots.note')}
            </label>
            <span className="form-hint" id={`${id}-note-hint`}>
              {t('progress.snapshots.noteHint')}
            </span>
            <FieldError errorKey={fieldKey('statusSnapshot', 'new', 'note')} />
            <input
              id={`${id}-note`}
              className="form-input"
              aria-describedby={`${id}-note-hint`}
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary" disabled={saving}>
            {t('progress.snapshots.mark')}
          </button>
        </form>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {list.length === 0 && <p className="empty-text">{t('progress.snapshots.empty')}</p>}
      {list.length > 0 && (
        <>
          <FigureTable
            className="chart-table snapshot-list"
            caption={t('progress.snapshots.listCaption')}
            captionHidden
            rowHeader={{ header: t('progress.snapshots.date'), nowrap: true, cell: labelOf }}
            columns={[
              {
                key: 'progress',
                header: t('progress.snapshots.progress'),
                numeric: true,
                cell: (s) => percent(s.data.progress.percent),
              },
              {
                key: 'spent',
                header: t('progress.snapshots.spent'),
                numeric: true,
                nowrap: true,
                cell: (s) => format.money(s.data.budget.spent),
              },
              {
                key: 'reached',
                header: t('progress.snapshots.reached'),
                numeric: true,
                cell: (s) => format.number(s.data.participants.reached),
              },
              { key: 'note', header: t('progress.snapshots.noteColumn'), cell: (s) => s.note },
              ...(readOnly ? [] : [removeColumn]),
            ]}
            rows={list}
            rowKey={(s) => s.id}
          />
          <div className="snapshot-compare">
            <div className="form-group">
              <label className="form-label" htmlFor={`${id}-from`}>
                {t('progress.snapshots.compareFrom')}
              </label>
              <select
                id={`${id}-from`}
                className="form-select"
                value={from?.id ?? ''}
                onChange={(e) => setFromId(e.target.value)}
              >
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {labelOf(s)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor={`${id}-to`}>
                {t('progress.snapshots.compareTo')}
              </label>
              <select
                id={`${id}-to`}
                className="form-select"
                value={toStatus?.id ?? NOW}
                onChange={(e) => setToId(e.target.value)}
              >
                <option value={NOW}>{t('progress.snapshots.now')}</option>
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {labelOf(s)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {comparison && <SnapshotDiffView {...comparison} />}
          {from && figures.state === 'loading' && (
            <p className="empty-text" role="status">
              {t('progress.snapshots.loading')}
            </p>
          )}
          {from && figures.state === 'failed' && (
            <div className="alert alert-error snapshot-figures-failed" role="alert">
              <Icon name="error" className="alert-icon" />
              <div className="alert-body">
                <p className="alert-heading">{t('progress.snapshots.loadFailed')}</p>
                <p className="alert-text">{figures.error.message[language]}</p>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={figures.retry}
                >
                  {t('progress.snapshots.retry')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}
