import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { requestSalvage } from '../../flows/copy-flow';
import { useAppStore } from '../../store';
import { Icon } from '../Icon';
import { SharingDialogs } from './SharingDialogs';
import './sharing.css';

const TEXTS = {
  'foreign-schema': { heading: 'sharing.salvage.heading', text: 'sharing.salvage.text' },
  'changed-outside': {
    heading: 'sharing.salvage.changedHeading',
    text: 'sharing.salvage.changedText',
  },
} as const;

/**
 * On the start screen, after a plan could not be opened because its file holds things Omstil did
 * not write, or was changed outside Omstil against the model's rules: the offer of a clean copy
 * of its contents, which is then opened.
 */
export function SalvageOffer() {
  const { t } = useTranslation();
  const error = useAppStore((s) => s.error);
  const reason = useAppStore((s) => s.cleanCopyOffer);
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
      {reason && (
        <div className="alert alert-info salvage-offer">
          <Icon name="file" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{t(TEXTS[reason].heading)}</p>
            <p className="alert-text">{t(TEXTS[reason].text)}</p>
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
