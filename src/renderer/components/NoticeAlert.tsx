import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { Icon } from './Icon';

/** A quiet confirmation, e.g. where a copy was saved; it is read out without interrupting. */
export function NoticeAlert() {
  const { t } = useTranslation();
  const notice = useAppStore((s) => s.notice);
  const clearNotice = useAppStore((s) => s.clearNotice);
  if (notice?.kind !== 'copy-saved') return null;
  return (
    <div className="alert alert-success" role="status">
      <Icon name="success" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-text">{t('notice.copySaved', { path: notice.path })}</p>
      </div>
      <button type="button" className="alert-close" onClick={clearNotice}>
        <Icon name="close" />
        <span>{t('error.dismiss')}</span>
      </button>
    </div>
  );
}
