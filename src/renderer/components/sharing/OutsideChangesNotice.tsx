import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/api';
import { requestCleanCopy } from '../../flows/copy-flow';
import { requestAcceptOutsideChanges } from '../../flows/outside-changes-flow';
import { useAppStore } from '../../store';
import { Icon } from '../Icon';
import './sharing.css';

/**
 * A plan whose file was changed outside Omstil, open read-only: what changed, in the core's
 * words, and the two ways on that the core offers — a clean copy without the changed rows, or
 * the content accepted as it is (asked about first). Read out at once: what is on screen may
 * not be what the committee decided.
 */
export function OutsideChangesNotice({ file }: { file: FileInfo }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const busy = useAppStore((s) => s.busy);
  const notice = file.notice;
  if (!file.readOnly || notice?.code !== 'changed-outside') return null;
  const offers = notice.offers ?? [];
  return (
    <div className="container">
      <div className="alert alert-warning plan-readonly outside-changes" role="alert">
        <Icon name="warning" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-heading">{t('sharing.outside.heading')}</p>
          <p className="alert-text">{notice.message[language]}</p>
          {offers.length > 0 && (
            <div
              className="lock-actions"
              role="group"
              aria-label={t('sharing.outside.actionsLabel')}
            >
              {offers.includes('clean-copy') && (
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    if (!busy) void requestCleanCopy();
                  }}
                >
                  {t('sharing.outside.cleanCopy')}
                </button>
              )}
              {offers.includes('accept') && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    if (!busy) requestAcceptOutsideChanges();
                  }}
                >
                  {t('sharing.outside.accept')}
                </button>
              )}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
