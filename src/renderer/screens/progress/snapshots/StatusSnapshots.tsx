import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '../../../../shared/model/document';
import { createSnapshot, diffSnapshots, type StatusSnapshot } from '../../../../shared/progress';
import { NotSet } from '../../../components/NotSet';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store';
import type { SnapshotStore } from './snapshot-store';
import { SnapshotDiffView } from './SnapshotDiffView';

const NOW = 'now';

/**
 * "Markér status": the figures of today kept with their date, and what moved since an earlier
 * status. The comparison defaults to the latest marked status against the plan as it is now,
 * which is the question at the start of a meeting.
 */
export function StatusSnapshots({
  store,
  doc,
  today,
}: {
  store: SnapshotStore;
  doc: PlanDocument;
  today: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const [snapshots, setSnapshots] = useState<StatusSnapshot[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [fromIndex, setFromIndex] = useState<number | null>(null);
  const [to, setTo] = useState<string>(NOW);

  // Bumped after a status is marked, so the list is read again from the store.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    store.list().then(
      (list) => {
        if (!live) return;
        setSnapshots([...list].sort((a, b) => a.date.localeCompare(b.date)));
        setFailed(false);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [store, version]);

  const current = useMemo(() => createSnapshot(doc, today), [doc, today]);
  const list = snapshots ?? [];
  const from = list[fromIndex ?? list.length - 1] ?? null;
  const later = to === NOW ? current : (list[Number(to)] ?? current);

  const mark = async () => {
    setSaving(true);
    try {
      await store.add(current);
      setVersion((v) => v + 1);
      setFromIndex(null);
      setAnnouncement(t('progress.snapshots.marked', { date: format.date(today) }));
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };

  const percent = (value: number | null) =>
    value === null ? <NotSet /> : format.percent(Math.round(value));

  return (
    <div role="group" className="plan-block status-snapshots" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('progress.snapshots.heading')}</h3>
      <p className="chart-intro">{t('progress.snapshots.intro')}</p>
      {!readOnly && (
        <button
          type="button"
          className="button button-secondary"
          disabled={saving}
          onClick={() => void mark()}
        >
          {t('progress.snapshots.mark')}
        </button>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {failed && (
        <p className="form-error-message" role="alert">
          {t('progress.snapshots.failed')}
        </p>
      )}
      {snapshots !== null && list.length === 0 && (
        <p className="empty-text">{t('progress.snapshots.empty')}</p>
      )}
      {list.length > 0 && (
        <>
          <table className="table table--compact chart-table">
            <caption className="sr-only">{t('progress.snapshots.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.snapshots.date')}</th>
                <th scope="col" className="numeric">
                  {t('progress.snapshots.progress')}
                </th>
                <th scope="col" className="numeric">
                  {t('progress.snapshots.spent')}
                </th>
                <th scope="col" className="numeric">
                  {t('progress.snapshots.reached')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((s, i) => (
                <tr key={`${s.date}-${String(i)}`}>
                  <th scope="row">{format.date(s.date)}</th>
                  <td className="numeric">{percent(s.progress.percent)}</td>
                  <td className="numeric nowrap">{format.money(s.budget.spent)}</td>
                  <td className="numeric">{format.number(s.participants.reached)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="snapshot-compare">
            <div className="form-group">
              <label className="form-label" htmlFor={`${id}-from`}>
                {t('progress.snapshots.compareFrom')}
              </label>
              <select
                id={`${id}-from`}
                className="form-select"
                value={String(fromIndex ?? list.length - 1)}
                onChange={(e) => setFromIndex(Number(e.target.value))}
              >
                {list.map((s, i) => (
                  <option key={`${s.date}-${String(i)}`} value={String(i)}>
                    {format.date(s.date)}
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
                value={to}
                onChange={(e) => setTo(e.target.value)}
              >
                <option value={NOW}>{t('progress.snapshots.now')}</option>
                {list.map((s, i) => (
                  <option key={`${s.date}-${String(i)}`} value={String(i)}>
                    {format.date(s.date)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {from && (
            <SnapshotDiffView
              diff={
                from.date <= later.date ? diffSnapshots(from, later) : diffSnapshots(later, from)
              }
            />
          )}
        </>
      )}
    </div>
  );
}
