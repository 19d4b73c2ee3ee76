import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { requestSalvage } from '../../flows/copy-flow';
import { useAppStore } from '../../store';
import { Icon } from '../Icon';
import { SharingDialogs } from './SharingDialogs';
import './sharing.css';

/**
 * On the start screen, after a plan could not be opened because its file holds things Omstil did
 * not write: the offer of a clean copy of its contents, which is then opened.
 */
export function SalvageOffer() {
  const { t } = useTranslation();
  const error = useAppStore((s) => s.error);
  const foreignFile = useAppStore((s) => s.foreignFile);
  const busy = useAppStore((s) => s.busy);
  const noteOpenRefusal = useAppStore((s) => s.noteOpenRefusal);
  const dismiss = useAppStore((s) => s.dismissCleanCopyOffer);

  useEffect(() => {
    if (error) noteOpenRefusal(error);
  }, [error, noteOpenRefusal]);
  // The offer belongs to the attempt just made; opening another plan ends it.
  useEffect(() => dismiss, [dismiss]);

  return (
    <>
      {foreignFile && (
        <div className="alert alert-info salvage-offer">
          <Icon name="file" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{t('sharing.salvage.heading')}</p>
            <p className="alert-text">{t('sharing.salvage.text')}</p>
            <button
              type="button"
              className="button button-primary salvage-action"
              onClick={() => {
                if (!busy) void requestSalvage();
              }}
            >
              {t('sharing.salvage.action')}
            </button>
          </div>
          <button type="button" className="alert-close" onClick={dismiss}>
            <Icon name="close" />
            <span>{t('sharing.salvage.dismiss')}</span>
          </button>
        </div>
      )}
      <SharingDialogs />
    </>
  );
}
