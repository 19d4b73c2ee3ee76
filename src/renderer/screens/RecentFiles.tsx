import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../shared/api';
import { Icon } from '../components/Icon';
import { useFormat } from '../i18n/use-format';
import { useAppStore } from '../store';
import { folderOf } from '../store/paths';
import { RecentPlanYear } from './year-wheel/RecentPlanYear';

/**
 * A file that has gone stays on the list, disabled, so the user sees why it cannot be opened, and
 * can take it off the list; one that is there says where its plan stands in the committee's year.
 */
export function RecentFiles({ files }: { files: readonly RecentFile[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const openPlan = useAppStore((s) => s.openPlan);
  const forgetRecent = useAppStore((s) => s.forgetRecent);
  const busy = useAppStore((s) => s.busy);
  const listRef = useRef<HTMLUListElement>(null);
  const emptyRef = useRef<HTMLParagraphElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const forget = async (file: RecentFile, index: number) => {
    if (busy || !(await forgetRecent(file.path))) return;
    setAnnouncement(t('start.forgotten', { name: file.name }));
    // Focus goes to the entry that took its place, or the one before; on an empty list, its text.
    const items = listRef.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [];
    const next = items[Math.min(index, items.length - 1)];
    (next?.querySelector<HTMLElement>('button:not(:disabled)') ?? emptyRef.current)?.focus();
  };

  const live = (
    <p className="sr-only" aria-live="polite">
      {announcement}
    </p>
  );
  if (files.length === 0) {
    return (
      <>
        <p ref={emptyRef} tabIndex={-1} className="recent-empty">
          {t('start.recentEmpty')}
        </p>
        {live}
      </>
    );
  }
  return (
    <>
      <ul ref={listRef} className="recent-list no-max-width">
        {files.map((file, index) => (
          <li key={file.path}>
            <button
              type="button"
              className="recent-file"
              disabled={!file.exists}
              onClick={() => {
                if (!busy) void openPlan(file.path);
              }}
            >
              <Icon name="file" className="recent-icon" />
              <span className="recent-text">
                <span className="recent-name">{file.name}</span>
                <span className="recent-folder">{folderOf(file.path)}</span>
                <span className="recent-meta">
                  {file.exists
                    ? t('start.openedAt', { date: format.date(file.openedAt) })
                    : t('start.missing')}
                </span>
                {file.exists && <RecentPlanYear path={file.path} />}
              </span>
            </button>
            {!file.exists && (
              <button
                type="button"
                className="button button-tertiary button-small recent-forget"
                aria-label={t('start.forgetLabel', { name: file.name })}
                onClick={() => void forget(file, index)}
              >
                {t('start.forget')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {live}
    </>
  );
}
