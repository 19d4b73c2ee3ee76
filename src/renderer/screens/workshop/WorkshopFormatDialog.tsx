import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WORKSHOP_FORMAT_IDS,
  WORKSHOP_FORMATS,
  type WorkshopFormatId,
} from '../../../shared/workshop/formats';
import { useModalDialog } from '../../components/catalog/use-modal-dialog';
import { trapTab } from '../../components/focus-trap';
import { durationText } from './duration';
import '../../components/path-dialog.css';
import './workshop.css';

/**
 * The choice between the kit's two workshops, each with what it ends in and how long it takes.
 * Choosing one starts it; Esc or Annuller goes back to the plan.
 */
export function WorkshopFormatDialog({
  onChoose,
  onCancel,
}: {
  onChoose: (format: WorkshopFormatId) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const modal = useModalDialog(dialogRef, firstRef);
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    trapTab(event);
  };
  return (
    <dialog
      ref={dialogRef}
      className="path-dialog workshop-choice"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`} className="path-dialog-title">
        {t('workshop.choose.title')}
      </h2>
      <p id={`${id}-intro`}>{t('workshop.choose.intro')}</p>
      <ul className="workshop-choice-list">
        {WORKSHOP_FORMAT_IDS.map((format, i) => {
          const title = t(`workshop.formats.${format}.title`);
          return (
            <li key={format} className="workshop-choice-item">
              <h3 className="workshop-choice-title">{title}</h3>
              <p>{t(`workshop.formats.${format}.summary`)}</p>
              <p className="workshop-choice-length">
                {t('workshop.choose.length', {
                  duration: durationText(t, WORKSHOP_FORMATS[format].minutes),
                })}
              </p>
              <button
                ref={i === 0 ? firstRef : undefined}
                type="button"
                className="button button-primary"
                onClick={() => {
                  // Focus goes into the workshop, not back to »Workshop« behind it.
                  modal.keepFocusOnClose();
                  onChoose(format);
                }}
              >
                {t('workshop.choose.start', { title })}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="workshop-choice-keys">{t('workshop.choose.keys')}</p>
      <div className="path-dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('workshop.choose.cancel')}
        </button>
      </div>
    </dialog>
  );
}
