import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../shared/api';
import { Icon } from '../components/Icon';
import { useFormat } from '../i18n/use-format';
import { useAppStore } from '../store';
import { folderOf } from '../store/paths';
import { RecentPlanYear } from './year-wheel/RecentPlanYear';

/**
 * A file that has gone stays on the list, disabled, so the user sees why it cannot be opened; one
 * that is there says where its plan stands in the committee's year.
 */
export function RecentFiles({ files }: { files: readonly RecentFile[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const openPlan = useAppStore((s) => s.openPlan);
  const busy = useAppStore((s) => s.busy);
  if (files.length === 0) return <p className="recent-empty">{t('start.recentEmpty')}</p>;
  return (
    <ul className="recent-list no-max-width">
      {files.map((file) => (
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
        </li>
      ))}
    </ul>
  );
}
