import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../components/catalog/use-modal-dialog';
import { trapTab } from '../../components/focus-trap';
import './workshop-help.css';

/** The help's topics, in the order a workshop meets them. */
const TOPICS = ['steps', 'timer', 'cards', 'votes', 'parking', 'grid', 'leave'] as const;

/**
 * Help for the workshop, in the room's large type, over the step: the editor's help panel sits
 * behind the workshop and cannot be reached from it. F1 or »Hjælp« opens it; Esc or »Luk
 * hjælpen« goes back to the step where focus was.
 */
export function WorkshopHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useModalDialog(dialogRef, headingRef);
  const id = useId();
  return (
    <dialog
      ref={dialogRef}
      className="workshop-help"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event: KeyboardEvent<HTMLDialogElement>) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
          return;
        }
        trapTab(event);
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="workshop-help-head">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="workshop-help-title">
          {t('workshop.help.title')}
        </h2>
        <button type="button" className="workshop-button" onClick={onClose}>
          {t('workshop.help.close')}
        </button>
      </div>
      {/* Focusable, so the help can be scrolled from the keyboard. */}
      <div
        className="workshop-help-body"
        tabIndex={0}
        aria-labelledby={`${id}-title`}
        role="region"
      >
        <dl className="workshop-help-list">
          {TOPICS.map((topic) => (
            <div key={topic}>
              <dt>{t(`workshop.help.${topic}.term`)}</dt>
              <dd>{t(`workshop.help.${topic}.text`)}</dd>
            </div>
          ))}
        </dl>
        <h3 className="workshop-help-keys-title">{t('workshop.help.keysTitle')}</h3>
        <p>{t('workshop.help.keys')}</p>
      </div>
    </dialog>
  );
}
