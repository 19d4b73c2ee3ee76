import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/api';
import { useAppStore } from '../../store';
import { Icon } from '../Icon';

/**
 * What happened to the file on the way in, on a plan that opened for editing: an interrupted
 * change rolled back with the copies kept, or a stray journal moved aside. The user should know,
 * but nothing needs doing, so it is read out politely and can be dismissed.
 */
export function FileNotice({ file }: { file: FileInfo }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const notice = file.notice;
  const key = notice ? `${file.path}\u0000${notice.code}` : null;
  if (file.readOnly || !notice || dismissed === key) return null;
  return (
    <div className="container">
      <div className="alert alert-info" role="status">
        <Icon name="file" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-heading">{t('notice.fileHeading')}</p>
          <p className="alert-text">{notice.message[language]}</p>
        </div>
        <button type="button" className="alert-close" onClick={() => setDismissed(key)}>
          <Icon name="close" />
          <span>{t('error.dismiss')}</span>
        </button>
      </div>
    </div>
  );
}
