import { useTranslation } from 'react-i18next';
import type { FileInfo } from '../../../shared/api';
import { requestOpenCopy } from '../../flows/copy-flow';
import { requestTakeOver } from '../../flows/take-over-flow';
import { useAppStore } from '../../store';
import { Icon } from '../Icon';

/** Read-only for a reason the user can do something about: open a copy, or take the plan over. */
const ACTIONABLE = new Set(['locked', 'lock-lost', 'folder-read-only']);

/**
 * Why the plan is read-only. A plan someone else holds (or took over, or that lies in a folder we
 * cannot write to) offers a copy to work in; a plan held elsewhere may also be taken over. A plan
 * from a newer Omstil only says so.
 */
export function ReadOnlyNotice({ file }: { file: FileInfo }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const busy = useAppStore((s) => s.busy);
  const code = file.notice?.code ?? '';
  // A plan changed outside Omstil has a notice of its own, with its own ways on.
  if (!file.readOnly || code === 'changed-outside') return null;
  const lock = code === 'locked' ? file.lock : null;
  const whenIdle = (action: () => Promise<unknown>) => () => {
    if (!busy) void action();
  };
  return (
    <div className="container">
      {/* Taken over mid-session it is news, read out at once; on opening it is part of the page. */}
      <div
        className="alert alert-warning plan-readonly"
        role={code === 'lock-lost' ? 'alert' : undefined}
      >
        <Icon name="lock" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-heading">{t('notice.readOnlyHeading')}</p>
          {file.notice && <p className="alert-text">{file.notice.message[language]}</p>}
          {lock?.takeOver === 'offer' && <p className="alert-text">{t('sharing.lock.oldLock')}</p>}
          {ACTIONABLE.has(code) && (
            <div className="lock-actions" role="group" aria-label={t('sharing.lock.actionsLabel')}>
              <button
                type="button"
                className="button button-secondary"
                onClick={whenIdle(requestOpenCopy)}
              >
                {t('sharing.lock.openCopy')}
              </button>
              {lock && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={whenIdle(requestTakeOver)}
                >
                  {t('sharing.lock.takeOver')}
                </button>
              )}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
